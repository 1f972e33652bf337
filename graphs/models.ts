/**
 * The one place that reads model names. Models are named "provider:model": "offline" is the
 * built-in clinical engine; "openai:<name>" is any OpenAI-compatible endpoint (OpenAI itself,
 * vLLM, Ollama, llama.cpp server) reached through @langchain/openai.
 */
import { ChatOpenAI } from "@langchain/openai";

export interface ModelSpec {
  provider: "offline" | "openai";
  model: string;
}

/** The model calls a turn can make; each may name its own model (a cheap one for extraction...). */
export const MODEL_TASKS = ["extraction", "reasoning", "reply"] as const;
export type ModelTask = (typeof MODEL_TASKS)[number];

/** The configuration fields this loader reads (a subset of graphs/configuration.ts). */
export interface ModelSettings {
  model: string;
  extractionModel?: string;
  reasoningModel?: string;
  replyModel?: string;
  modelBaseUrl?: string;
  modelApiKey?: string;
  modelTimeoutMs?: number;
  modelTemperature?: number;
}

export function parseModelSpec(spec: string): ModelSpec {
  const trimmed = spec.trim();
  if (trimmed === "offline" || trimmed === "offline:engine") return { provider: "offline", model: "engine" };
  const m = /^([a-z-]+):(.+)$/.exec(trimmed);
  if (!m) throw new Error(`model "${spec}" is not "offline" or "provider:model" (e.g. "openai:gpt-4o-mini")`);
  if (m[1] !== "openai") throw new Error(`unknown model provider "${m[1]}" in "${spec}"; supported: offline, openai`);
  return { provider: "openai", model: m[2] };
}

/** The model string a task uses: its own setting, else the default `model`. */
export function modelFor(task: ModelTask, settings: ModelSettings): string {
  // The structured reading replaced separate extraction and reasoning calls: an extraction model
  // set by an older configuration serves it when no reasoning model is named.
  const own = task === "extraction" ? settings.extractionModel : task === "reasoning" ? (settings.reasoningModel ?? settings.extractionModel) : settings.replyModel;
  return own ?? settings.model;
}

/** True when the task runs on a model rather than the offline engine. */
export function usesModel(task: ModelTask, settings: ModelSettings): boolean {
  return parseModelSpec(modelFor(task, settings)).provider !== "offline";
}

/**
 * Checks that `spec` can run: a known provider, and for OpenAI either a key or a base URL
 * (local servers need no key). Fails at configuration time, never mid-conversation.
 */
export function assertBackendAvailable(spec: string, settings?: Partial<ModelSettings>): ModelSpec {
  const parsed = parseModelSpec(spec);
  if (parsed.provider === "openai" && settings && !settings.modelApiKey && !settings.modelBaseUrl) {
    throw new Error(
      `model "${spec}" needs OPENAI_API_KEY (for api.openai.com) or OPENAI_BASE_URL (for a local OpenAI-compatible server such as vLLM, Ollama or llama.cpp)`,
    );
  }
  return parsed;
}

const cache = new Map<string, ChatOpenAI>();

/**
 * A chat model for `task`. Retries are ours (llm/retry.ts), so the client's own are off: that
 * keeps the number of calls per turn known and the fallback to the offline engine prompt.
 */
export function loadChatModel(task: ModelTask, settings: ModelSettings): ChatOpenAI {
  const spec = parseModelSpec(modelFor(task, settings));
  if (spec.provider === "offline") throw new Error(`task "${task}" is configured for the offline engine, not a model`);
  const key = JSON.stringify([spec.model, settings.modelBaseUrl, settings.modelApiKey, settings.modelTimeoutMs, settings.modelTemperature]);
  let model = cache.get(key);
  if (!model) {
    model = new ChatOpenAI({
      model: spec.model,
      // A local server needs no key, but the client insists on one.
      apiKey: settings.modelApiKey ?? "not-needed",
      configuration: settings.modelBaseUrl ? { baseURL: settings.modelBaseUrl } : undefined,
      temperature: settings.modelTemperature ?? 0.3,
      timeout: settings.modelTimeoutMs ?? 60_000,
      maxRetries: 0,
      streamUsage: true,
    });
    cache.set(key, model);
  }
  return model;
}
