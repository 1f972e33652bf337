import type { ModalityId, ModalityInfo } from "./types.js";

/** Every modality psyllm can recommend (filled in by the knowledge-base work). */
export const MODALITIES: Partial<Record<ModalityId, ModalityInfo>> = {};
