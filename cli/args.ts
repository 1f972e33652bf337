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

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The configuration keys every command accepts, from its flags. */
export function configurationFrom(values: { model?: string; locale?: string; "chroma-url"?: string }): Record<string, unknown> {
  return {
    ...(values.model ? { model: values.model } : {}),
    ...(values.locale ? { locale: values.locale } : {}),
    ...(values["chroma-url"] ? { chromaUrl: values["chroma-url"] } : {}),
  };
}

export const COMMON_OPTIONS = {
  model: { type: "string" },
  locale: { type: "string" },
  "chroma-url": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;
