/**
 * Traces that are complete and safe. When LangSmith tracing is on (LANGSMITH_TRACING=true and an
 * API key), the counselor traces through its own LangSmith client, which
 *   - never sends a secret: metadata keys named like key, token, secret, password, credential or
 *     authorization carry "[redacted]" (configurable values are copied into every run's metadata
 *     by LangChain, so `configuration.modelApiKey` would otherwise go out with each node's run);
 *   - hides the conversation whole when asked (`hideContent`): inputs and outputs together, since
 *     the person's words are in both;
 *   - is flushed before the process exits (flushTraces), so the last case's runs arrive and the
 *     root run is closed.
 * Nothing here runs at import time.
 */
import type { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import { awaitAllCallbacks } from "@langchain/core/callbacks/promises";
import { LangChainTracer } from "@langchain/core/tracers/tracer_langchain";
import { Client } from "langsmith";

/** Names of settings whose values are secrets: never in a trace, a log or an error. */
export const SECRET_NAME = /key|token|secret|passw(or)?d|credential|authori[sz]ation|cookie/i;

/** What a secret's value becomes wherever it would have been shown. */
export const REDACTED = "[redacted]";

/** A copy of `value` with every secret-named key's value replaced (objects and arrays, recursively). */
export function redactSecrets<T>(value: T, depth = 0): T {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[key] = SECRET_NAME.test(key) && v !== undefined && v !== null && typeof v !== "object" ? REDACTED : redactSecrets(v, depth + 1);
  }
  return out as T;
}

/**
 * Run metadata that keeps a configurable's secrets out of traces: LangChain copies primitive
 * `configurable` values into each run's metadata unless the key is already in metadata, so each
 * secret-named key is pre-set to "[redacted]". Pass as `metadata` in the run's config.
 */
export function secretMetadata(configurable: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(configurable)) {
    if (SECRET_NAME.test(key) && value !== undefined && value !== null && typeof value !== "object") out[key] = REDACTED;
  }
  return out;
}

/** Whether LangSmith tracing is switched on in the environment (the variables LangChain reads). */
export function langsmithTracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return ["LANGSMITH_TRACING_V2", "LANGCHAIN_TRACING_V2", "LANGSMITH_TRACING", "LANGCHAIN_TRACING"].some((k) => env[k] === "true");
}

/** Whether the LangSmith variables ask for content to be hidden (either hides both: the words are in both). */
export function hideContentFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return ["PSYLLM_HIDE_CONTENT", "LANGSMITH_HIDE_INPUTS", "LANGSMITH_HIDE_OUTPUTS", "LANGCHAIN_HIDE_INPUTS", "LANGCHAIN_HIDE_OUTPUTS"].some((k) => env[k] === "true");
}

// Clients this process made, so flushTraces can wait for their pending batches.
const clients = new Set<Client>();

/** Options of tracerFor. */
export interface TracerOptions {
  /** Leave inputs and outputs out of every run (metadata, timing and structure remain). */
  hideContent: boolean;
  /** LangSmith project; default LANGSMITH_PROJECT (the client's own default). */
  projectName?: string;
}

/**
 * The LangSmith tracer psyllm runs with, or undefined when tracing is off. Passing it in a run's
 * callbacks stops LangChain adding its default tracer (which would send unredacted metadata).
 */
export function tracerFor(options: TracerOptions): LangChainTracer | undefined {
  if (!langsmithTracingEnabled()) return undefined;
  const client = new Client({
    hideInputs: options.hideContent,
    hideOutputs: options.hideContent,
    hideMetadata: (metadata) => redactSecrets(metadata),
  });
  clients.add(client);
  return new LangChainTracer({ client, ...(options.projectName ? { projectName: options.projectName } : {}) });
}

/** The tracing part of a run's config. */
export interface TracingConfig {
  /** The root run's name in traces. */
  runName: string;
  /** The app's callbacks, plus psyllm's LangSmith tracer when tracing is on. */
  callbacks?: BaseCallbackHandler[];
  /** Secret-named configurable keys, pre-set to "[redacted]". */
  metadata: Record<string, string>;
}

/**
 * The tracing part of a run's config, made once per counselor or batch: psyllm's tracer beside
 * the app's own callbacks, the root run's name, and secrets kept out of metadata.
 */
export function tracingConfig(configurable: Record<string, unknown>, options: { runName: string; hideContent: boolean; callbacks?: BaseCallbackHandler[] }): TracingConfig {
  const tracer = tracerFor({ hideContent: options.hideContent });
  const callbacks = [...(options.callbacks ?? []), ...(tracer ? [tracer] : [])];
  return { runName: options.runName, ...(callbacks.length ? { callbacks } : {}), metadata: secretMetadata(configurable) };
}

/**
 * Waits until every trace this process produced has been handed to LangSmith: background
 * callbacks, then each client's pending batches. Bounded by `timeoutMs` (an unreachable
 * endpoint must not hold an exit forever). Safe to call when tracing is off.
 */
export async function flushTraces(timeoutMs = 15_000): Promise<void> {
  const work = (async () => {
    await awaitAllCallbacks();
    await Promise.all([...clients].map((c) => c.awaitPendingTraceBatches().catch(() => undefined)));
  })();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)))]);
  clearTimeout(timer);
}
