/**
 * Fine-tuning exports of the kept dialogues:
 * - ShareGPT JSON as LLaMA-Factory reads it, with the counselor's reasoning as a <think> block
 *   before each reply (the reference trained Qwen3-8B this way, reasoning enabled), plus the
 *   dataset_info.json entry that registers it;
 * - OpenAI chat fine-tuning JSONL (system, user, assistant; the reply only, since that format
 *   has no hidden reasoning).
 */
import type { Dialogue } from "./types.js";

export const SYSTEM_PROMPT =
  "You are a warm, clinically grounded counselor. Before each reply, reason silently: symptoms in the person's words, DSM-5-TR criteria, a differential with ICD-10-CM and ICD-11 codes, one evidence-based therapeutic approach and technique, and risk (C-SSRS). Then reply in plain, kind language without diagnostic labels, offering one small step and one question. If the person may be in danger, lead with crisis resources.";

/** The system prompt of the crisis set: the crisis protocol before anything else. */
export const CRISIS_SYSTEM_PROMPT =
  "You are a warm, clinically grounded counselor. Before each reply, reason silently about risk first (C-SSRS: wish to be dead, thoughts, method, intent, plan, preparatory acts; self-harm; danger to others), then symptoms and context. When the person may be in danger, follow the crisis protocol: take what they said seriously and say so plainly, lead with crisis resources for their place, ask directly about suicidal thoughts and safety now, and never give information about means or doses.";

export function toShareGpt(dialogues: Dialogue[], system = SYSTEM_PROMPT) {
  return dialogues.map((d) => ({
    id: d.postId,
    system,
    conversations: d.turns.map((t) => (t.role === "client" ? { from: "human", value: t.content } : { from: "gpt", value: `<think>\n${t.think}\n</think>\n\n${t.content}` })),
  }));
}

/** The dataset_info.json entry for LLaMA-Factory. */
export function datasetInfo(fileName: string, crisisFileName?: string) {
  const entry = (file_name: string) => ({
    file_name,
    formatting: "sharegpt",
    columns: { messages: "conversations", system: "system" },
    tags: { role_tag: "from", content_tag: "value", user_tag: "human", assistant_tag: "gpt" },
  });
  // The crisis set is registered apart: for crisis-handling work, never mixed into ordinary counseling by default.
  return { psyllm_counseling: entry(fileName), ...(crisisFileName ? { psyllm_crisis: entry(crisisFileName) } : {}) };
}

export function toOpenAiJsonl(dialogues: Dialogue[]): string {
  return dialogues
    .map((d) =>
      JSON.stringify({
        messages: [{ role: "system", content: SYSTEM_PROMPT }, ...d.turns.map((t) => (t.role === "client" ? { role: "user", content: t.content } : { role: "assistant", content: t.content }))],
      }),
    )
    .map((l) => `${l}\n`)
    .join("");
}
