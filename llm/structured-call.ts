/**
 * One structured model answer, validated by a zod schema, read the way real servers answer:
 * the request asks for the schema (json_schema response_format, or a forced tool call), but the
 * answer is taken from wherever the model put it — a tool call, clean JSON, JSON after a
 * `<think>` block, in a ```json fence or inside prose — before it is called malformed. Bounded
 * retries for transient faults within the turn's deadline, one repair attempt for unusable
 * output, a circuit breaker per endpoint, and an honest result either way (`value` or `error`),
 * so the calling node can use the offline engine instead.
 *
 * The call is streamed and assembled here: the client's own non-streamed json_schema path
 * parses the content itself and throws on a think block before we could read it.
 */
import { AIMessageChunk, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import { z } from "zod";
import { loadChatModel, type ModelSettings, type ModelTask } from "../graphs/models.js";
import type { UsageCount } from "../graphs/state.js";
import { admit, record, type CircuitSettings, type CircuitState } from "./circuit.js";
import { circuitKey, remainingMs, type CallBudget } from "./budget.js";
import { jsonCandidates, splitThink } from "./model-text.js";
import { withRetries } from "./retry.js";

export type StructuredSettings = ModelSettings &
  CircuitSettings &
  CallBudget & { modelMaxRetries: number; modelRetryBaseMs: number; structuredOutput: "jsonSchema" | "functionCalling" };

export interface StructuredCallOptions<T> {
  task: ModelTask;
  /** Schema name sent to the server (json_schema name or tool name). */
  name: string;
  schema: z.ZodType<T>;
  /** The schema as sent to the server, when stricter than the one answers are read with (enums of this turn's ids). */
  wireSchema?: z.ZodType<unknown>;
  messages: BaseMessage[];
  settings: StructuredSettings;
  /** The node's config, so traces nest under the node and callbacks see the call. */
  config?: RunnableConfig;
}

export interface StructuredCallResult<T> {
  value?: T;
  /** Why no value: the last fault or validation error. */
  error?: string;
  /** True when the first answer was invalid and the repair attempt produced the value. */
  repaired: boolean;
  /** Reasoning the model wrote (think block or reasoning_content): for the trace, never the person. */
  reasoning?: string;
  /** Where the JSON was found: tool call, content, or content after reasoning or prose. */
  foundIn?: "tool_call" | "content" | "extracted";
  /** The endpoint's circuit after this call; "open" when the call was skipped. */
  circuit: CircuitState;
  usage: UsageCount;
}

/** What came back from one request. */
interface Answer {
  content: string;
  toolArgs?: string;
  reasoning: string;
}

/** The first candidate the schema accepts, or why none did. */
function validated<T>(answer: Answer, schema: z.ZodType<T>): { value?: T; error?: string; foundIn?: StructuredCallResult<T>["foundIn"] } {
  const tries: Array<[unknown, StructuredCallResult<T>["foundIn"]]> = [];
  if (answer.toolArgs) for (const c of jsonCandidates(answer.toolArgs)) tries.push([c, "tool_call"]);
  const clean = answer.content.trim();
  jsonCandidates(answer.content).forEach((c, i) => tries.push([c, i === 0 && clean.startsWith("{") ? "content" : "extracted"]));
  let error = answer.content.trim() || answer.toolArgs ? "no JSON object found in the answer" : "the answer was empty";
  for (const [json, where] of tries) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { value: parsed.data, foundIn: where };
    error = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  }
  return { error };
}

const jsonSchemas = new WeakMap<object, Record<string, unknown>>();
/** The JSON schema a zod schema is sent as (converted once per schema object). */
export function jsonSchemaOf(schema: z.ZodType<unknown>): Record<string, unknown> {
  let s = jsonSchemas.get(schema);
  if (!s) {
    const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
    jsonSchemas.set(schema, (s = rest));
  }
  return s;
}

/** The request's binding: the schema as response_format or as the one tool the model must call. */
function bound<T>(options: StructuredCallOptions<T>) {
  const chat = loadChatModel(options.task, options.settings);
  const parameters = jsonSchemaOf(options.wireSchema ?? (options.schema as z.ZodType<unknown>));
  if (options.settings.structuredOutput === "functionCalling") {
    return chat.bindTools([{ type: "function", function: { name: options.name, description: `Record the ${options.name}`, parameters } }], {
      tool_choice: { type: "function", function: { name: options.name } },
    });
  }
  return chat.withConfig({ response_format: { type: "json_schema", json_schema: { name: options.name, schema: parameters } } });
}

async function requestOnce<T>(options: StructuredCallOptions<T>, messages: BaseMessage[], usage: UsageCount): Promise<Answer> {
  const timeout = remainingMs(options.settings);
  if (timeout <= 0) throw Object.assign(new Error("the turn's deadline has passed"), { noRetry: true });
  const stream = await bound(options).stream(messages, {
    ...options.config,
    runName: options.name,
    // JSON is not words for the person: keep it out of LangGraph's token stream.
    tags: [...(options.config?.tags ?? []), "nostream"],
    signal: AbortSignal.timeout(timeout),
  });
  let acc: AIMessageChunk | undefined;
  for await (const chunk of stream) acc = acc ? acc.concat(chunk) : chunk;
  usage.promptTokens += acc?.usage_metadata?.input_tokens ?? 0;
  usage.completionTokens += acc?.usage_metadata?.output_tokens ?? 0;
  const content = typeof acc?.content === "string" ? acc.content : Array.isArray(acc?.content) ? acc.content.map((p) => ("text" in p && typeof p.text === "string" ? p.text : "")).join("") : "";
  const toolArgs = acc?.tool_call_chunks?.[0]?.args ?? (acc?.tool_calls?.[0] ? JSON.stringify(acc.tool_calls[0].args) : undefined);
  const parserReasoning = acc?.additional_kwargs?.reasoning_content;
  const reasoning = [typeof parserReasoning === "string" ? parserReasoning : "", splitThink(content).reasoning].filter(Boolean).join("\n\n");
  return { content, ...(toolArgs ? { toolArgs } : {}), reasoning };
}

export async function callStructured<T>(options: StructuredCallOptions<T>): Promise<StructuredCallResult<T>> {
  const { settings } = options;
  const usage: UsageCount = { calls: 0, promptTokens: 0, completionTokens: 0 };
  const key = circuitKey(options.task, settings);
  const gate = admit(key, settings);
  if (!gate.allowed) return { error: "model skipped: its circuit is open after repeated failures", repaired: false, circuit: "open", usage };
  const policy = { retries: settings.modelMaxRetries, baseMs: settings.modelRetryBaseMs, ...(settings.deadlineAt ? { deadlineAt: settings.deadlineAt } : {}) };
  const ask = (messages: BaseMessage[]) => withRetries(() => requestOnce(options, messages, usage), policy, () => usage.calls++);
  const fail = (error: string): StructuredCallResult<T> => ({ error, repaired: false, circuit: record(key, false, settings), usage });

  let first: Answer;
  try {
    first = await ask(options.messages);
  } catch (error) {
    return fail(`model request failed: ${(error as Error).message}`);
  }
  const v1 = validated(first, options.schema);
  if (v1.value !== undefined) return { value: v1.value, repaired: false, reasoning: first.reasoning || undefined, foundIn: v1.foundIn, circuit: record(key, true, settings), usage };

  const shown = (first.toolArgs ?? splitThink(first.content).answer).slice(0, 2000);
  const repairPrompt = new HumanMessage(
    `Your previous answer could not be used: ${v1.error}.\n${shown ? `It was:\n${shown}\n` : ""}` +
      `Answer again with only the ${options.name} JSON object, exactly matching the schema, with no other text.`,
  );
  let second: Answer;
  try {
    second = await ask([...options.messages, repairPrompt]);
  } catch (error) {
    return fail(`model request failed during repair: ${(error as Error).message}`);
  }
  const v2 = validated(second, options.schema);
  if (v2.value !== undefined) return { value: v2.value, repaired: true, reasoning: second.reasoning || undefined, foundIn: v2.foundIn, circuit: record(key, true, settings), usage };
  return fail(`invalid output after one repair attempt: ${v2.error}`);
}
