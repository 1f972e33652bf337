/**
 * Argument parsing shared by the CLI commands: clear errors, exit code 2 on bad usage.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The configuration keys every command accepts, from its flags. */
export function configurationFrom(values: {
  model?: string;
  "reply-model"?: string;
  "base-url"?: string;
  "model-mode"?: string;
  locale?: string;
  "chroma-url"?: string;
}): Record<string, unknown> {
  return {
    ...(values.model ? { model: values.model } : {}),
    ...(values["reply-model"] ? { replyModel: values["reply-model"] } : {}),
    ...(values["base-url"] ? { modelBaseUrl: values["base-url"] } : {}),
    ...(values["model-mode"] ? { modelMode: values["model-mode"] } : {}),
    ...(values.locale ? { locale: values.locale } : {}),
    ...(values["chroma-url"] ? { chromaUrl: values["chroma-url"] } : {}),
  };
}

/** Flags for choosing the back end, described once for every command's usage text. */
export const MODEL_USAGE = `model options (every command):
  --model offline|openai:NAME   back end for every step (default offline; PSYLLM_MODEL)
  --reply-model openai:NAME     a different model for the reply only (PSYLLM_REASONING_MODEL sets
                                the structured reading's)
  --model-mode structured|counselor
                                structured (default): the reply streams while one structured
                                reading call runs beside it; counselor: one call returns reasoning
                                and reply (PsyLLM-style models); or PSYLLM_MODEL_MODE
  --base-url URL                OpenAI-compatible server (vLLM, Ollama, llama.cpp); or OPENAI_BASE_URL;
                                api.openai.com needs OPENAI_API_KEY`;

export const COMMON_OPTIONS = {
  model: { type: "string" },
  "reply-model": { type: "string" },
  "base-url": { type: "string" },
  "model-mode": { type: "string" },
  locale: { type: "string" },
  "chroma-url": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;
