/**
 * The synthesis run: read → screen → scrub PII → plan the client's turns → the counseling
 * graph answers each turn in one thread (synthesis mode) → reasoning traces → quality filter
 * → journal; then the exports and the dataset card are rebuilt from the journal, so a resumed
 * run ends exactly as an uninterrupted one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MemorySaver } from "@langchain/langgraph";
import { createCounselor, type Counselor } from "../graphs/counselor.js";
import { ensureConfiguration } from "../graphs/configuration.js";
import { usesModel } from "../graphs/models.js";
import { buildCard, cardHtml, cardMarkdown } from "./dataset-card.js";
import { CRISIS_SYSTEM_PROMPT, datasetInfo, toOpenAiJsonl, toShareGpt } from "./export-datasets.js";
import { scoreDialogue, templatedDialogues, type TurnMeta } from "./filter-quality.js";
import { Journal } from "./journal.js";
import { modelClient } from "./model-client.js";
import { offlineClient, type ClientSimulator } from "./plan-dialogue.js";
import { readPosts } from "./read-posts.js";
import { reasoningTrace, riskInReasoning } from "./reasoning-trace.js";
import { PostScreen } from "./screen-posts.js";
import { findPii, scrubPii } from "./scrub-pii.js";
import { readHelpSeeking } from "./screen-help-seeking.js";
import { datasetKeyer } from "./dataset-id.js";
import { readConversation } from "../safety/read-risk.js";
import type { Dialogue, Post, PostNote, PostRecord, Skip } from "./types.js";

export interface SynthesisOptions {
  input: string;
  outDir: string;
  /** Posts processed at once (model calls overlap; the offline engine is CPU-bound). */
  concurrency?: number;
  /** Graph configuration (model, locale, retriever...); mode is always "synthesis". */
  configuration?: Record<string, unknown>;
  /** Client simulator; default: the model one when a model is configured, else offline. */
  client?: ClientSimulator;
  /** Called after each post with (done, total). */
  onProgress?: (done: number, total: number, note?: string) => void;
  /** Stop after this many new posts (for tests and samples). */
  limit?: number;
}

export interface SynthesisSummary {
  usable: number;
  processedNow: number;
  resumed: number;
  kept: number;
  rejected: number;
  crisis: number;
  skipped: Skip[];
  /** Posts kept with a caveat: a deleted author account, PII replaced (from the journal, so resumed posts count too). */
  notes: string[];
  /** Posts that failed this run (not journaled: a re-run retries them). */
  failed: string[];
  /** Journal lines that could not be read on resume (their posts were redone; the lines after them kept). */
  journalDamagedLines: number[];
  outDir: string;
  files: string[];
}

async function synthesise(post: Post, key: string, counselor: Counselor, client: ClientSimulator): Promise<PostRecord> {
  const scrubbed = scrubPii(`${post.title}\n${post.body}`, { author: post.author });
  const [title, ...rest] = scrubbed.text.split("\n");
  const clean: Post = { id: key, source: post.source, title, body: rest.join("\n") };
  // Risk by construction: the same reader as live counseling, over the whole post. A post at risk
  // becomes a crisis dialogue: the person's words in one turn, answered by the crisis protocol.
  const risk = readConversation([scrubbed.text]);
  const plan = risk.escalate ? { themes: ["what is happening now"], turns: [scrubbed.text.trim()] } : await client.plan(clean);
  const thread = `synthesis-${key}`;
  const turns: Dialogue["turns"] = [];
  const meta: TurnMeta[] = [];
  let escalated: string | undefined;
  let last: Awaited<ReturnType<Counselor["send"]>> | undefined;
  for (const [round, planned] of plan.turns.entries()) {
    // With a model the person answers the counselor's last question before going on.
    const text = round > 0 && client.answer && last ? await client.answer(clean, plan, round, last.response) : planned;
    last = await counselor.send(thread, text);
    const state = (await counselor.state(thread))!;
    turns.push({ role: "client", content: text }, { role: "counselor", think: reasoningTrace(state), content: last.response });
    meta.push({ violations: state.safety.violations, escalate: state.risk.escalate, offline: state.backend.respond === undefined || state.backend.respond === "offline" });
    if (state.risk.escalate && !escalated) escalated = `risk escalated at turn ${meta.length}: ${state.risk.level} (${state.risk.flags.join(", ")})`;
  }
  const a = last!;
  const dialogue: Dialogue = {
    postId: key,
    themes: plan.themes,
    turns,
    assessment: {
      conditions: a.differential.map((d) => ({ icd10cm: d.icd10cm, icd11: d.icd11, name: d.name, status: d.status })),
      problems: a.problems.map((p) => ({ icd10cm: p.icd10cm, name: p.name })),
      modality: a.modality?.primary ?? null,
      riskLevel: a.risk.level,
      escalate: a.risk.escalate,
    },
  };
  const { scores, reasons, turns: checks } = scoreDialogue(dialogue, meta);
  const base = { postId: key, ...(post.line !== undefined ? { line: post.line } : {}), scores, dialogue, pii: scrubbed.counts as Record<string, number>, checks, postRisk: { level: risk.level, escalate: risk.escalate } };
  // A person in crisis is never turned into an ordinary counseling sample: the dialogue (with
  // the crisis protocol's replies) goes to its own set, for crisis-handling work only.
  if (escalated) return { ...base, status: "crisis", reasons: [escalated] };
  // Reasoning that finds suicidal thoughts, self-harm or danger to others beside a reply that
  // does not escalate disagrees with itself: never an ordinary sample, never a crisis sample.
  const disagree = dialogue.turns.map((t) => (t.role === "counselor" ? riskInReasoning(t.think) : undefined)).find(Boolean);
  if (disagree) return { ...base, status: "rejected", reasons: [`risk_disagrees: the reasoning finds ${disagree.toLowerCase()} while the risk reader did not escalate`, ...reasons] };
  return { ...base, status: reasons.length ? "rejected" : "kept", reasons };
}

/** Runs N workers over the queue. */
async function pool<T>(items: T[], n: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
}

/** Screening notes plus one per journaled post whose PII was replaced (resumed posts included). */
function postNotes(screen: PostScreen, records: PostRecord[]): PostNote[] {
  const scrubbed = records
    .filter((r) => Object.keys(r.pii).length)
    .map((r): PostNote => ({ id: r.postId, kind: "pii_scrubbed", detail: `${r.line !== undefined ? `line ${r.line} ` : ""}(${r.postId}): replaced ${Object.entries(r.pii).map(([k, v]) => `${v} ${k}`).join(", ")}` }));
  return [...screen.notes, ...scrubbed];
}

/**
 * The gate on every record before it is journaled: a record whose text still holds a contact
 * detail (the scrubber and the gate disagree) keeps only its verdict, never its text.
 */
function gated(record: PostRecord): PostRecord {
  const leaks = findPii(JSON.stringify(record));
  if (!leaks.length) return record;
  const { dialogue: _dropped, ...rest } = record;
  return { ...rest, status: "rejected", reasons: [`pii_gate: ${[...new Set(leaks.map((l) => l.type))].join(", ")} left after scrubbing; text not kept`] };
}

const replyTexts = (d: Dialogue) => d.turns.flatMap((t) => (t.role === "counselor" ? [t.content] : []));

/** Kept records after the dataset-level check: replies mostly made of sentences found in ≥ 3 other dialogues are templated. */
export function finalVerdicts(records: PostRecord[]): PostRecord[] {
  const candidates = records.filter((r) => r.status === "kept" && r.dialogue);
  const templated = templatedDialogues(candidates.map((r) => replyTexts(r.dialogue!)));
  const demoted = new Set(candidates.filter((_, i) => templated.has(i)).map((r) => r.postId));
  return records.map((r) => (demoted.has(r.postId) ? { ...r, status: "rejected", reasons: ["templated: most sentences of a reply stand in 3 or more other dialogues"] } : r));
}

function writeOutputs(outDir: string, journal: Journal, skips: Skip[], screen: PostScreen, input: string, simulator: string, model: string, seconds: number): { files: string[]; records: PostRecord[] } {
  const records = finalVerdicts(journal.records);
  const kept = records.filter((r) => r.status === "kept").map((r) => r.dialogue!);
  const crisis = records.filter((r) => r.status === "crisis" && r.dialogue);
  const files: Record<string, string> = {
    "sharegpt.json": JSON.stringify(toShareGpt(kept), null, 2),
    "crisis_sharegpt.json": JSON.stringify(toShareGpt(crisis.map((r) => r.dialogue!), CRISIS_SYSTEM_PROMPT), null, 2),
    "dataset_info.json": JSON.stringify(datasetInfo("sharegpt.json", "crisis_sharegpt.json"), null, 2),
    "openai.jsonl": toOpenAiJsonl(kept),
    "crisis.jsonl": crisis.map((r) => JSON.stringify({ postId: r.postId, reasons: r.reasons, dialogue: r.dialogue }) + "\n").join(""),
    "rejects.jsonl": records.filter((r) => r.status === "rejected").map((r) => JSON.stringify({ postId: r.postId, reasons: r.reasons, scores: r.scores, dialogue: r.dialogue }) + "\n").join(""),
    "skipped.jsonl": skips.map(({ id: _id, ...s }) => JSON.stringify(s) + "\n").join(""),
  };
  const card = buildCard({ input, simulator, model, skips, notes: postNotes(screen, records), records, seconds });
  files["card.json"] = JSON.stringify(card, null, 2);
  files["card.md"] = cardMarkdown(card);
  files["card.html"] = cardHtml(card);
  // Last gate, over every file written (the journal included): no contact detail of any kind.
  const journalText = existsSync(journal.path) ? readFileSync(journal.path, "utf8") : "";
  for (const [name, content] of [...Object.entries(files), ["records.jsonl", journalText] as const]) {
    const leaks = findPii(content);
    if (leaks.length) throw new Error(`PII gate: ${name} would contain ${[...new Set(leaks.map((l) => l.type))].join(", ")}; nothing written`);
  }
  for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
  return { files: Object.keys(files), records };
}

export async function runSynthesis(options: SynthesisOptions): Promise<SynthesisSummary> {
  const started = performance.now();
  mkdirSync(options.outDir, { recursive: true });
  // Training data holds only what the person's words carry, unless the caller chose otherwise.
  const configuration = { replyStyle: "grounded", ...options.configuration, mode: "synthesis" };
  const cfg = ensureConfiguration({ configurable: configuration });
  const client = options.client ?? (usesModel("reasoning", cfg) ? modelClient(configuration) : offlineClient);

  const screen = new PostScreen();
  const skips: Skip[] = [];
  const posts: Post[] = [];
  for await (const r of readPosts(options.input)) {
    if ("skip" in r) {
      skips.push(r.skip);
      continue;
    }
    const checked = screen.check(r.post);
    if ("skip" in checked) {
      skips.push(checked.skip);
      continue;
    }
    // Only a person asking for help (for themselves or someone close) becomes a dialogue.
    const reading = readHelpSeeking(checked.post.title, checked.post.body);
    if (!reading.helpSeeking) {
      const where = checked.post.line !== undefined ? `line ${checked.post.line}` : "a post";
      skips.push({ reason: "not_help_seeking", ...(checked.post.line !== undefined ? { line: checked.post.line } : {}), detail: `${where}: ${reading.kind.replace(/_/g, " ")} (${reading.reason})` });
      continue;
    }
    posts.push(checked.post);
  }
  // Skip details name ids and line numbers only, but scrub them anyway: a malformed line's text is never echoed.
  for (const s of skips) s.detail = scrubPii(s.detail).text;

  const journal = new Journal(join(options.outDir, "records.jsonl"));
  const keyOf = datasetKeyer(cfg.dataDir);
  const resumed = posts.filter((p) => journal.has(keyOf(p.id))).length;
  const todo = posts.filter((p) => !journal.has(keyOf(p.id))).slice(0, options.limit ?? Infinity);
  const counselor = await createCounselor({ checkpointer: new MemorySaver(), configuration });
  let done = resumed;
  const failed: string[] = [];
  try {
    await pool(todo, options.concurrency ?? 4, async (post) => {
      try {
        const record = gated(await synthesise(post, keyOf(post.id), counselor, client));
        journal.append(record);
        options.onProgress?.(++done, posts.length, record.status === "kept" ? undefined : `${post.line !== undefined ? `line ${post.line}` : record.postId} ${record.status}`);
      } catch (error) {
        // One post's failure (a model outage beyond the retries, say) must not end the run; it is
        // left out of the journal, so the next run retries it.
        const where = post.line !== undefined ? `line ${post.line}` : keyOf(post.id);
        failed.push(`${where}: ${(error as Error).message}`);
        options.onProgress?.(done, posts.length, `${where} failed: ${(error as Error).message.slice(0, 80)}`);
      }
    });
  } finally {
    await counselor.close();
    journal.close();
  }
  const { files, records } = writeOutputs(options.outDir, journal, skips, screen, options.input, client.name, String(cfg.model), (performance.now() - started) / 1000);
  return {
    usable: posts.length,
    processedNow: todo.length,
    resumed,
    kept: records.filter((r) => r.status === "kept").length,
    rejected: records.filter((r) => r.status === "rejected").length,
    crisis: records.filter((r) => r.status === "crisis").length,
    skipped: skips,
    notes: postNotes(screen, records).map((n) => n.detail),
    failed,
    journalDamagedLines: journal.damagedLines,
    outDir: options.outDir,
    files,
  };
}
