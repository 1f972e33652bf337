/**
 * Argument parsing shared by the CLI commands: clear errors, exit code 2 on bad usage.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * How the person started the command line, for usage lines and hints: "npm run psyllm --" in a
 * checkout (npm sets npm_lifecycle_event), "psyllm" for the installed bin (`npx psyllm`).
 */
export function programName(): string {
  const event = process.env.npm_lifecycle_event;
  return event === "psyllm" || event === "start" ? "npm run psyllm --" : "psyllm";
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** What `parse` returns: each option's value by its declared type, and the positionals. */
export interface ParsedArgs<T> {
  values: { [K in keyof T]?: T[K] extends { multiple: true } ? (T[K] extends { type: "boolean" } ? boolean[] : string[]) : T[K] extends { type: "boolean" } ? boolean : string };
  positionals: string[];
}

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, allowPositionals = false): ParsedArgs<T> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals }) as unknown as ParsedArgs<T>;
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
  "data-dir"?: string;
}): Record<string, unknown> {
  const dataDir = cliDataDir(values["data-dir"]);
  return {
    ...(dataDir ? { dataDir } : {}),
    ...(values.model ? { model: values.model } : {}),
    ...(values["reply-model"] ? { replyModel: values["reply-model"] } : {}),
    ...(values["base-url"] ? { modelBaseUrl: values["base-url"] } : {}),
    ...(values["model-mode"] ? { modelMode: values["model-mode"] } : {}),
    ...(values.locale ? { locale: values.locale } : {}),
    ...(values["chroma-url"] ? { chromaUrl: values["chroma-url"] } : {}),
  };
}

/**
 * Where the command line keeps its data: `--data-dir`, else PSYLLM_DATA_DIR (read by
 * ensureConfiguration), else `./.psyllm` when run from a checkout (TypeScript source) and the
 * per-user data folder when installed (`npx psyllm`).
 */
export function cliDataDir(flag?: string): string | undefined {
  if (flag) return flag;
  if (process.env.PSYLLM_DATA_DIR) return undefined;
  return import.meta.url.endsWith(".ts") ? ".psyllm" : undefined;
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
                                api.openai.com needs OPENAI_API_KEY
  --data-dir DIR                psyllm's data (sessions, Chroma index); or PSYLLM_DATA_DIR; default
                                ./.psyllm in a checkout, else ~/.local/share/psyllm (per user)`;

export const COMMON_OPTIONS = {
  model: { type: "string" },
  "reply-model": { type: "string" },
  "base-url": { type: "string" },
  "model-mode": { type: "string" },
  locale: { type: "string" },
  "chroma-url": { type: "string" },
  "data-dir": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;
