/**
 * A free-text model answer (the reply), streamed: tokens reach LangGraph's "messages" stream
 * as they arrive; retries for transient faults only before the first token (a reply must
 * not be stitched from two attempts).
 */
import type { BaseMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import { loadChatModel, type ModelSettings, type ModelTask } from "../graphs/models.js";
import type { UsageCount } from "../graphs/state.js";
import { withRetries } from "./retry.js";

export interface TextCallResult {
  text?: string;
  error?: string;
  usage: UsageCount;
}

export async function streamText(
  task: ModelTask,
  messages: BaseMessage[],
  settings: ModelSettings & { modelMaxRetries: number; modelRetryBaseMs: number },
  config?: RunnableConfig,
): Promise<TextCallResult> {
  const usage: UsageCount = { calls: 0, promptTokens: 0, completionTokens: 0 };
  const model = loadChatModel(task, settings);
  try {
    const text = await withRetries(
      async () => {
        let out = "";
        try {
          const stream = await model.stream(messages, { ...config, runName: "reply" });
          for await (const chunk of stream) {
            if (typeof chunk.content === "string") out += chunk.content;
            if (chunk.usage_metadata) {
              usage.promptTokens += chunk.usage_metadata.input_tokens ?? 0;
              usage.completionTokens += chunk.usage_metadata.output_tokens ?? 0;
            }
          }
        } catch (error) {
          // Tokens already reached the app's stream: a second attempt would contradict them.
          if (out) throw Object.assign(new Error(`reply stream broke after it began: ${(error as Error).message}`), { noRetry: true });
          throw error;
        }
        return out;
      },
      { retries: settings.modelMaxRetries, baseMs: settings.modelRetryBaseMs },
      () => usage.calls++,
    );
    if (!text.trim()) return { error: "the model returned an empty reply", usage };
    return { text: text.trim(), usage };
  } catch (error) {
    return { error: `model request failed: ${(error as Error).message}`, usage };
  }
}
