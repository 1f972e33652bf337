/**
 * Run-time configuration of the counseling graph. All defaults live here (ConfigurationSchema,
 * applied by ensureConfiguration()); nothing else in the project invents a default.
 */
import { homedir } from "node:os";
import { join } from "node:path";
import type { RunnableConfig } from "@langchain/core/runnables";
import { z } from "zod";
import type { RiskAssessment } from "../safety/types.js";
import type { Retriever } from "../retrieval/retriever.js";
import { assertBackendAvailable, MODEL_TASKS, modelFor } from "./models.js";
import { hideContentFromEnv } from "./tracing.js";

/** Called once per turn whose risk needs a human (the embedding app alerts someone). */
export type EscalationHook = (event: { threadId?: string; risk: RiskAssessment; message: string }) => void | Promise<void>;

/** Options an app may pass in `configurable`, beyond the serialisable ones above. */
export interface RuntimeExtras {
  /** Replaces the Chroma retriever (tests, or an app with its own vector store). */
  retriever?: Retriever;
  /** Alert hook for escalations. */
  onEscalation?: EscalationHook;
}

/**
 * The configuration schema: every setting with its description and default. It is the graph's
 * context schema, so LangGraph Studio's form shows both, and a run may set it through LangGraph
 * 1.x `context` or the older `configurable` alike (ensureConfiguration reads the two). Values a
 * run leaves unset come from the environment variable named in the description, then the default.
 */
export const ConfigurationSchema = z.object({
  model: z.string().min(1).default("offline").describe("Reasoning back end as \"provider:model\": \"offline\" (default) or e.g. \"openai:gpt-4o-mini\"."),
  embeddings: z.string().min(1).default("local").describe("Embedding function for retrieval: \"local\" (default, no downloads) or \"openai:<model>\"."),
  chromaUrl: z.string().url().optional().describe("URL of a running Chroma server; when unset, psyllm starts its own from the chromadb package."),
  dataDir: z.string().min(1).default(() => userDataDir()).describe("Folder for psyllm's own data: the self-started Chroma server's index (`<dataDir>/chroma`) and the default SQLite sessions (`<dataDir>/sessions.sqlite`). Env PSYLLM_DATA_DIR; default the per-user data folder (see userDataDir), never the app's working directory."),
  chromaDataDir: z.string().min(1).optional().describe("Where the self-started Chroma server keeps its data; env PSYLLM_CHROMA_DIR; default `<dataDir>/chroma`."),
  collection: z.string().min(3).default("psyllm-knowledge").describe("Chroma collection holding the knowledge base."),
  retrievalK: z.number().int().min(1).max(50).default(5).describe("How many knowledge-base passages to retrieve per turn."),
  locale: z.string().min(2).default("en-US").describe("Locale for crisis resources and wording, e.g. \"en-US\", \"en-GB\", \"es-ES\"."),
  provisionalThreshold: z.number().min(0).max(1).default(0.55).describe("Likelihood at or above which a fully supported condition is \"provisional\"."),
  minLikelihood: z.number().min(0).max(1).default(0.12).describe("Likelihood below which a condition is left out of the differential."),
  maxDifferential: z.number().int().min(1).max(20).default(5).describe("At most this many differential entries."),
  replyStyle: z
    .enum(["full", "grounded"])
    .default("full")
    .describe(
      "How much the offline reply says from the psychoeducation base: \"full\" (default: an answer, one or two steps, a referral when it fits) or \"grounded\" (env PSYLLM_REPLY_STYLE; only what the person's own words carry: a matched answer to their question, at most one step that shares their words, no general facts). `synthesize` uses \"grounded\": training data must hold nothing written for somebody else's life.",
    ),
  mode: z.enum(["live", "synthesis"]).default("live").describe("\"live\" counseling or \"synthesis\" (dataset building: same reasoning, no side effects such as alerts)."),
  now: z.string().datetime({ offset: true }).optional().describe("Reference date (ISO) for reading \"since August\"; defaults to now. Set it for reproducible runs."),
  extractionModel: z.string().min(1).optional().describe("Older name for the structured reading's model, used when `reasoningModel` is unset; defaults to `model`."),
  reasoningModel: z.string().min(1).optional().describe("Model for the structured clinical reading (findings, risk opinion, differential, modality, next question); defaults to `model`."),
  replyModel: z.string().min(1).optional().describe("Model that writes the reply; defaults to `model`."),
  modelBaseUrl: z.string().url().optional().describe("Base URL of an OpenAI-compatible server (vLLM, Ollama, llama.cpp); env OPENAI_BASE_URL."),
  modelApiKey: z.string().min(1).optional().describe("API key; env OPENAI_API_KEY. Local servers usually need none."),
  modelTimeoutMs: z.number().int().min(100).max(600_000).default(60_000).describe("Per-request timeout in milliseconds."),
  modelMaxRetries: z.number().int().min(0).max(6).default(2).describe("Retries after a timeout, 429 or 5xx (bounded; then the offline engine takes over that node)."),
  modelRetryBaseMs: z.number().int().min(0).max(10_000).default(500).describe("First backoff delay in ms; doubles per retry, with jitter, capped at 8 s."),
  structuredOutput: z.enum(["jsonSchema", "functionCalling"]).default("jsonSchema").describe("Structured outputs via \"jsonSchema\" (response_format) or \"functionCalling\" (tools) for servers without it."),
  modelTemperature: z.number().min(0).max(2).default(0.3).describe("Sampling temperature for model calls."),
  modelMode: z.enum(["structured", "counselor"]).default("structured").describe("How a model serves a turn: \"structured\" (default) — the reply streams from the graph's plan while one structured reading call runs alongside and is merged before the turn is saved; \"counselor\" — one call returns reasoning plus the reply (PsyLLM-style counselor models)."),
  turnDeadlineMs: z.number().int().min(500).max(600_000).default(40_000).describe("Every turn is answered within this many ms: model calls and retries stop before it, then the offline engine answers."),
  circuitThreshold: z.number().int().min(1).max(100).default(3).describe("Failed model calls in a row after which the model is skipped for `circuitCoolDownMs`."),
  circuitCoolDownMs: z.number().int().min(0).max(3_600_000).default(60_000).describe("How long the model is skipped after repeated failures, in ms."),
  historyMessages: z.number().int().min(4).max(10_000).default(24).describe("Messages kept in the thread's state (older ones are dropped after each reply). Findings, risk, timing and stressors keep everything earlier turns said, so per-turn cost stays flat."),
  hideContent: z.boolean().default(false).describe("Leave the conversation out of traces: inputs and outputs together (LangSmith runs and local traces keep structure, timing and metadata). Env PSYLLM_HIDE_CONTENT, or LangSmith's LANGSMITH_HIDE_INPUTS / LANGSMITH_HIDE_OUTPUTS (either hides both). Default false."),
});

/** The configuration schema under its older name (it was a LangGraph Annotation; now the zod schema above). */
export const ConfigurationAnnotation = ConfigurationSchema;

export type Configuration = Omit<z.infer<typeof ConfigurationSchema>, "chromaDataDir"> & { chromaDataDir: string } & RuntimeExtras;

/**
 * The per-user data folder: $XDG_DATA_HOME/psyllm or ~/.local/share/psyllm on Linux,
 * ~/Library/Application Support/psyllm on macOS, %LOCALAPPDATA%\\psyllm on Windows.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === "win32") return join(env.LOCALAPPDATA || join(home, "AppData", "Local"), "psyllm");
  if (platform === "darwin") return join(home, "Library", "Application Support", "psyllm");
  return join(env.XDG_DATA_HOME || join(home, ".local", "share"), "psyllm");
}

/** Environment variables arrive as strings; numeric settings accept them. */
function numberFrom(value: unknown): unknown {
  return typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value;
}

/** "true"/"false" strings (environment, forms) as booleans. */
function booleanFrom(value: unknown): unknown {
  return value === "true" ? true : value === "false" ? false : value;
}

/**
 * Reads `config.configurable`, applies defaults (and CHROMA_URL / PSYLLM_MODEL from the
 * environment), and validates. Throws a clear error naming the bad field.
 */
export function ensureConfiguration(config?: RunnableConfig): Configuration {
  // LangGraph 1.x passes settings as `context`; older clients and the library as `configurable`.
  // Both count; where both set a key, `context` wins.
  const context = Object.fromEntries(Object.entries(((config as { context?: unknown } | undefined)?.context ?? {}) as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null));
  const raw = { ...((config?.configurable ?? {}) as Record<string, unknown>), ...context };
  const pick = (key: string, env?: string) => raw[key] ?? (env ? process.env[env] || undefined : undefined);
  const parsed = ConfigurationSchema.safeParse({
    model: pick("model", "PSYLLM_MODEL"),
    embeddings: pick("embeddings", "PSYLLM_EMBEDDINGS"),
    chromaUrl: pick("chromaUrl", "CHROMA_URL"),
    dataDir: pick("dataDir", "PSYLLM_DATA_DIR"),
    chromaDataDir: pick("chromaDataDir", "PSYLLM_CHROMA_DIR"),
    collection: pick("collection"),
    retrievalK: pick("retrievalK"),
    locale: pick("locale", "PSYLLM_LOCALE"),
    provisionalThreshold: pick("provisionalThreshold"),
    minLikelihood: pick("minLikelihood"),
    maxDifferential: pick("maxDifferential"),
    replyStyle: pick("replyStyle", "PSYLLM_REPLY_STYLE"),
    mode: pick("mode"),
    now: pick("now"),
    extractionModel: pick("extractionModel", "PSYLLM_EXTRACTION_MODEL"),
    reasoningModel: pick("reasoningModel", "PSYLLM_REASONING_MODEL"),
    replyModel: pick("replyModel", "PSYLLM_REPLY_MODEL"),
    modelBaseUrl: pick("modelBaseUrl", "OPENAI_BASE_URL"),
    modelApiKey: pick("modelApiKey", "OPENAI_API_KEY"),
    modelTimeoutMs: numberFrom(pick("modelTimeoutMs", "PSYLLM_MODEL_TIMEOUT_MS")),
    modelMaxRetries: numberFrom(pick("modelMaxRetries", "PSYLLM_MODEL_MAX_RETRIES")),
    modelRetryBaseMs: numberFrom(pick("modelRetryBaseMs")),
    structuredOutput: pick("structuredOutput", "PSYLLM_STRUCTURED_OUTPUT"),
    modelTemperature: numberFrom(pick("modelTemperature")),
    modelMode: pick("modelMode", "PSYLLM_MODEL_MODE"),
    turnDeadlineMs: numberFrom(pick("turnDeadlineMs", "PSYLLM_TURN_DEADLINE_MS")),
    circuitThreshold: numberFrom(pick("circuitThreshold")),
    circuitCoolDownMs: numberFrom(pick("circuitCoolDownMs", "PSYLLM_CIRCUIT_COOL_DOWN_MS")),
    historyMessages: numberFrom(pick("historyMessages", "PSYLLM_HISTORY_MESSAGES")),
    hideContent: booleanFrom(raw.hideContent) ?? (hideContentFromEnv() || undefined),
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid psyllm configuration: ${issues}`);
  }
  for (const task of MODEL_TASKS) assertBackendAvailable(modelFor(task, parsed.data), parsed.data);
  return {
    ...parsed.data,
    chromaDataDir: parsed.data.chromaDataDir ?? join(parsed.data.dataDir, "chroma"),
    retriever: raw.retriever as Retriever | undefined,
    onEscalation: raw.onEscalation as EscalationHook | undefined,
  };
}
