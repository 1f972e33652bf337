/**
 * The one place that reads model names. Models are named "provider:model": "offline" is the
 * built-in clinical engine; "openai:<name>" is any OpenAI-compatible endpoint.
 */

export interface ModelSpec {
  provider: "offline" | "openai";
  model: string;
}

export function parseModelSpec(spec: string): ModelSpec {
  const trimmed = spec.trim();
  if (trimmed === "offline" || trimmed === "offline:engine") return { provider: "offline", model: "engine" };
  const m = /^([a-z-]+):(.+)$/.exec(trimmed);
  if (!m) throw new Error(`model "${spec}" is not "offline" or "provider:model" (e.g. "openai:gpt-4o-mini")`);
  if (m[1] !== "openai") throw new Error(`unknown model provider "${m[1]}" in "${spec}"; supported: offline, openai`);
  return { provider: "openai", model: m[2] };
}

/**
 * Checks that a back end named by `spec` can run in this build. The model back end is a
 * separate piece of work; until it lands, naming a model is an error rather than a silent
 * fall-back to the offline engine.
 */
export function assertBackendAvailable(spec: string): ModelSpec {
  const parsed = parseModelSpec(spec);
  if (parsed.provider !== "offline") {
    throw new Error(`the "${parsed.provider}" back end is not available in this build yet; use --model offline`);
  }
  return parsed;
}
