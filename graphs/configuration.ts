/**
 * Run-time configuration of the counseling graph. All defaults live in ensureConfiguration();
 * nothing else in the project invents a default.
 */
import { Annotation } from "@langchain/langgraph";
import type { RunnableConfig } from "@langchain/core/runnables";
import { z } from "zod";
import type { RiskAssessment } from "../safety/types.js";
import type { Retriever } from "../retrieval/retriever.js";
import { assertBackendAvailable } from "./models.js";

/** Called once per turn whose risk needs a human (the embedding app alerts someone). */
export type EscalationHook = (event: { threadId?: string; risk: RiskAssessment; message: string }) => void | Promise<void>;

export const ConfigurationAnnotation = Annotation.Root({
  /** Reasoning back end as "provider:model": "offline" (default) or e.g. "openai:gpt-4o-mini". */
  model: Annotation<string>,
  /** Embedding function for retrieval: "local" (default, no downloads) or "openai:<model>". */
  embeddings: Annotation<string>,
  /** URL of a running Chroma server; when unset, psyllm starts its own from the chromadb package. */
  chromaUrl: Annotation<string | undefined>,
  /** Where the self-started Chroma server keeps its data. */
  chromaDataDir: Annotation<string>,
  /** Chroma collection holding the knowledge base. */
  collection: Annotation<string>,
  /** How many knowledge-base passages to retrieve per turn. */
  retrievalK: Annotation<number>,
  /** Locale for crisis resources and wording, e.g. "en-US", "en-GB", "es-ES". */
  locale: Annotation<string>,
  /** Likelihood at or above which a fully supported condition is "provisional". */
  provisionalThreshold: Annotation<number>,
  /** Likelihood below which a condition is left out of the differential. */
  minLikelihood: Annotation<number>,
  /** At most this many differential entries. */
  maxDifferential: Annotation<number>,
  /** "live" counseling or "synthesis" (dataset building: same reasoning, no side effects such as alerts). */
  mode: Annotation<"live" | "synthesis">,
  /** Reference date (ISO) for reading "since August"; defaults to now. Set it for reproducible runs. */
  now: Annotation<string | undefined>,
});

/** Options an app may pass in `configurable`, beyond the serialisable ones above. */
export interface RuntimeExtras {
  /** Replaces the Chroma retriever (tests, or an app with its own vector store). */
  retriever?: Retriever;
  /** Alert hook for escalations. */
  onEscalation?: EscalationHook;
}

const ConfigurationSchema = z.object({
  model: z.string().min(1).default("offline"),
  embeddings: z.string().min(1).default("local"),
  chromaUrl: z.string().url().optional(),
  chromaDataDir: z.string().min(1).default(".psyllm/chroma"),
  collection: z.string().min(3).default("psyllm-knowledge"),
  retrievalK: z.number().int().min(1).max(50).default(5),
  locale: z.string().min(2).default("en-US"),
  provisionalThreshold: z.number().min(0).max(1).default(0.55),
  minLikelihood: z.number().min(0).max(1).default(0.12),
  maxDifferential: z.number().int().min(1).max(20).default(5),
  mode: z.enum(["live", "synthesis"]).default("live"),
  now: z.string().datetime({ offset: true }).optional(),
});

export type Configuration = z.infer<typeof ConfigurationSchema> & RuntimeExtras;

/**
 * Reads `config.configurable`, applies defaults (and CHROMA_URL / PSYLLM_MODEL from the
 * environment), and validates. Throws a clear error naming the bad field.
 */
export function ensureConfiguration(config?: RunnableConfig): Configuration {
  const raw = (config?.configurable ?? {}) as Record<string, unknown>;
  const pick = (key: string, env?: string) => raw[key] ?? (env ? process.env[env] || undefined : undefined);
  const parsed = ConfigurationSchema.safeParse({
    model: pick("model", "PSYLLM_MODEL"),
    embeddings: pick("embeddings", "PSYLLM_EMBEDDINGS"),
    chromaUrl: pick("chromaUrl", "CHROMA_URL"),
    chromaDataDir: pick("chromaDataDir", "PSYLLM_CHROMA_DIR"),
    collection: pick("collection"),
    retrievalK: pick("retrievalK"),
    locale: pick("locale", "PSYLLM_LOCALE"),
    provisionalThreshold: pick("provisionalThreshold"),
    minLikelihood: pick("minLikelihood"),
    maxDifferential: pick("maxDifferential"),
    mode: pick("mode"),
    now: pick("now"),
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid psyllm configuration: ${issues}`);
  }
  assertBackendAvailable(parsed.data.model);
  return {
    ...parsed.data,
    retriever: raw.retriever as Retriever | undefined,
    onEscalation: raw.onEscalation as EscalationHook | undefined,
  };
}
