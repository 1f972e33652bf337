import type { Condition } from "../types.js";

/** Conditions of this group (filled in by the knowledge-base work). */
export const conditions: Condition[] = [];
