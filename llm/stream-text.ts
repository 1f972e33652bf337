/**
 * A free-text model answer (the reply), streamed. Reasoning never reaches the person: a
 * `<think>` block in the content is held back token by token (llm/model-text.ts), and a
 * reasoning parser's `reasoning_content` is never read as words. Only what is left is handed
 * to `onToken`; the raw call is tagged so LangGraph's own token stream does not show it.
 * Retries for transient faults only before the first token (a reply must not be stitched from
 * two attempts), within the turn's deadline, behind the endpoint's circuit breaker.
 */
import type { BaseMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import { loadChatModel, type ModelSettings, type ModelTask } from "../graphs/models.js";
import type { UsageCount } from "../graphs/state.js";
import { circuitKey, remainingMs, type CallBudget } from "./budget.js";
import { admit, record, type CircuitSettings, type CircuitState } from "./circuit.js";
import { ThinkStripper } from "./model-text.js";
import { withRetries } from "./retry.js";

export interface TextCallResult {
  /** What the person may see (reasoning removed), or undefined on failure. */
  text?: string;
  /** The model's reasoning (think block or reasoning_content): for the trace only. */
  reasoning?: string;
  error?: string;
  circuit: CircuitState;
  usage: UsageCount;
}

/** Models seen to open their think block in the chat template (content starts inside it). */
const opensInside = new Set<string>();

export async function streamText(
  task: ModelTask,
  messages: BaseMessage[],
  settings: ModelSettings & CircuitSettings & CallBudget & { modelMaxRetries: number; modelRetryBaseMs: number },
  config?: RunnableConfig,
  onToken?: (token: string) => void,
  /** Also hold back ``` blocks (a one-call counselor model's assessment) from the person. */
  hideFences = false,
): Promise<TextCallResult> {
  const usage: UsageCount = { calls: 0, promptTokens: 0, completionTokens: 0 };
  const key = circuitKey(task, settings);
  const gate = admit(key, settings);
  if (!gate.allowed) return { error: "model skipped: its circuit is open after repeated failures", circuit: "open", usage };
  const model = loadChatModel(task, settings);
  let reasoning = "";
  try {
    const text = await withRetries(
      async () => {
        const timeout = remainingMs(settings);
        if (timeout <= 0) throw Object.assign(new Error("the turn's deadline has passed"), { noRetry: true });
        const stripper = new ThinkStripper(opensInside.has(key), hideFences);
        let raw = "";
        let shown = "";
        let parserReasoning = "";
        try {
          const stream = await model.stream(messages, { ...config, runName: "reply", tags: [...(config?.tags ?? []), "nostream"], signal: AbortSignal.timeout(timeout) });
          for await (const chunk of stream) {
            const r = chunk.additional_kwargs?.reasoning_content;
            if (typeof r === "string") parserReasoning += r;
            if (typeof chunk.content === "string" && chunk.content) {
              raw += chunk.content;
              const visible = stripper.push(chunk.content);
              if (visible) {
                shown += visible;
                onToken?.(visible);
              }
            }
            if (chunk.usage_metadata) {
              usage.promptTokens += chunk.usage_metadata.input_tokens ?? 0;
              usage.completionTokens += chunk.usage_metadata.output_tokens ?? 0;
            }
          }
        } catch (error) {
          // Tokens already reached the app's stream: a second attempt would contradict them.
          if (shown) throw Object.assign(new Error(`reply stream broke after it began: ${(error as Error).message}`), { noRetry: true });
          throw error;
        }
        const tail = stripper.end();
        if (tail) {
          shown += tail;
          onToken?.(tail);
        }
        if (/<\/(think|thinking|reasoning)>/i.test(raw) && !/<(think|thinking|reasoning)>/i.test(raw)) opensInside.add(key);
        reasoning = [parserReasoning, stripper.reasoning].map((s) => s.trim()).filter(Boolean).join("\n\n");
        return shown;
      },
      { retries: settings.modelMaxRetries, baseMs: settings.modelRetryBaseMs, ...(settings.deadlineAt ? { deadlineAt: settings.deadlineAt } : {}) },
      () => usage.calls++,
    );
    if (!text.trim()) return { error: "the model returned no reply (empty, or reasoning only)", ...(reasoning ? { reasoning } : {}), circuit: record(key, false, settings), usage };
    return { text: text.trim(), ...(reasoning ? { reasoning } : {}), circuit: record(key, true, settings), usage };
  } catch (error) {
    return { error: `model request failed: ${(error as Error).message}`, circuit: record(key, false, settings), usage };
  }
}
