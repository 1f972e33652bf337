/**
 * One structured model answer, validated by a zod schema: bounded retries for transient
 * faults, one repair attempt for malformed or schema-violating output, and an honest result
 * either way (`value` or `error`), so the calling node can fall back to the offline engine.
 */
import { HumanMessage, type AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import type { z } from "zod";
import { loadChatModel, type ModelSettings, type ModelTask } from "../graphs/models.js";
import type { UsageCount } from "../graphs/state.js";
import { statusOf, withRetries } from "./retry.js";

export interface StructuredCallOptions<T> {
  task: ModelTask;
  /** Schema name sent to the server (json_schema name or tool name). */
  name: string;
  schema: z.ZodType<T>;
  messages: BaseMessage[];
  settings: ModelSettings & { modelMaxRetries: number; modelRetryBaseMs: number; structuredOutput: "jsonSchema" | "functionCalling" };
  /** The node's config, so traces nest under the node and callbacks see the call. */
  config?: RunnableConfig;
}

export interface StructuredCallResult<T> {
  value?: T;
  /** Why no value: the last fault or validation error. */
  error?: string;
  /** True when the first answer was invalid and the repair attempt produced the value. */
  repaired: boolean;
  usage: UsageCount;
}

/** The text the model answered with, for validation messages and repair prompts. */
function rawText(raw: AIMessage | undefined): string {
  if (!raw) return "";
  const call = raw.tool_calls?.[0] ?? raw.invalid_tool_calls?.[0];
  if (call) return typeof call.args === "string" ? call.args : JSON.stringify(call.args);
  return typeof raw.content === "string" ? raw.content : JSON.stringify(raw.content);
}

/** Errors that mean the server answered, but not with parseable output. */
function isOutputError(error: unknown): boolean {
  const e = error as Error;
  const zod = Array.isArray((error as { issues?: unknown })?.issues);
  return statusOf(error) === undefined && (zod || e instanceof SyntaxError || /OutputParser|Failed to parse|JSON/i.test(`${e?.name} ${e?.message}`));
}

/** A short reason for bad output, for the repair prompt and the correction record. */
function outputErrorText(error: unknown): string {
  const issues = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> })?.issues;
  if (Array.isArray(issues)) return issues.slice(0, 5).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`).join("; ");
  return `not valid JSON (${(error as Error).message.slice(0, 160)})`;
}

/** Why `text` does not satisfy `schema`, or undefined if it does. */
function validationError<T>(text: string, schema: z.ZodType<T>): { value?: T; error?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ""));
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message.slice(0, 120)})` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { value: parsed.data };
  return { error: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ") };
}

type StructuredRunnable = ReturnType<ReturnType<typeof loadChatModel>["withStructuredOutput"]>;
const runnables = new WeakMap<object, Map<string, StructuredRunnable>>();

/** The model bound to a schema, built once per model and schema (the JSON-schema conversion is not free). */
function structuredModel<T>(options: StructuredCallOptions<T>, method: "jsonSchema" | "functionCalling"): StructuredRunnable {
  const chat = loadChatModel(options.task, options.settings);
  let byName = runnables.get(chat);
  if (!byName) runnables.set(chat, (byName = new Map()));
  const key = `${options.name}|${method}`;
  let runnable = byName.get(key);
  if (!runnable) {
    runnable = chat.withStructuredOutput(options.schema, { name: options.name, method, includeRaw: true }) as StructuredRunnable;
    byName.set(key, runnable);
  }
  return runnable;
}

export async function callStructured<T>(options: StructuredCallOptions<T>): Promise<StructuredCallResult<T>> {
  const { settings } = options;
  const usage: UsageCount = { calls: 0, promptTokens: 0, completionTokens: 0 };
  const model = structuredModel(options, settings.structuredOutput);
  const ask = async (messages: BaseMessage[]): Promise<{ text: string; value?: T; error?: string }> => {
    let result;
    try {
      result = await withRetries(
        () => model.invoke(messages, { ...options.config, runName: `${options.name}` }),
        { retries: settings.modelMaxRetries, baseMs: settings.modelRetryBaseMs },
        () => usage.calls++,
      );
    } catch (error) {
      // The client parses json_schema answers itself and throws on broken JSON: that is bad
      // output (worth a repair), not a failed request.
      if (isOutputError(error)) return { text: "", error: outputErrorText(error) };
      throw error;
    }
    const raw = result.raw as AIMessage;
    usage.promptTokens += raw.usage_metadata?.input_tokens ?? 0;
    usage.completionTokens += raw.usage_metadata?.output_tokens ?? 0;
    const text = rawText(raw);
    // Re-validate even when LangChain parsed it: our schema is the contract, not the parser's.
    return { text, ...validationError(text, options.schema) };
  };

  let first: Awaited<ReturnType<typeof ask>>;
  try {
    first = await ask(options.messages);
  } catch (error) {
    return { error: `model request failed: ${(error as Error).message}`, repaired: false, usage };
  }
  if (first.value !== undefined) return { value: first.value, repaired: false, usage };

  const repairPrompt = new HumanMessage(
    `Your previous answer could not be used: ${first.error}.\n${first.text ? `It was:\n${first.text.slice(0, 2000)}\n` : ""}` +
      `Answer again with only the ${options.name} JSON object, exactly matching the schema.`,
  );
  try {
    const second = await ask([...options.messages, repairPrompt]);
    if (second.value !== undefined) return { value: second.value, repaired: true, usage };
    return { error: `invalid output after one repair attempt: ${second.error}`, repaired: false, usage };
  } catch (error) {
    return { error: `model request failed during repair: ${(error as Error).message}`, repaired: false, usage };
  }
}
