/**
 * `npm run eval:replies -- --cases CASES.jsonl --replies OUT.jsonl`: objective figures for the
 * offline replies on a batch (an `assess` output beside its cases):
 * - repetition as ../shared/tools/reply-metrics.mjs counts it (sentences found in ≥ 3 different
 *   replies, pairs identical apart from quoted words, median length);
 * - the person's facts used: of the key facts a case lists (`facts: [...]`), the share whose
 *   content words mostly appear in the reply (a floor: a paraphrase that uses other words is missed);
 * - the question read: agreement of the planner's question kind with the case's `asks` label.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readRequest } from "../engine/reply/read-request.js";
import { batchSentenceCounts, metricSentences, sentenceKey } from "./judge-offline.js";

interface CaseRow {
  id: string;
  messages: string[];
  facts?: string[];
  asks?: string;
}

const STOP = new Set("the a an and or but of to in on at for with from by about into over after before since this that these those is are was were be been being have has had do does did my your his her their our its it he she they we you i me him them us not no so very just really than then when what who how why which there here".split(" "));
const content = (s: string) => s.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w));
const stem = (w: string) => w.replace(/('s|s|es|ed|ing)$/, "");

/** Share of a fact's content words found in the reply (by stem). */
export function factUsed(fact: string, reply: string): boolean {
  const words = content(fact).map(stem);
  if (!words.length) return true;
  const inReply = new Set(content(reply).map(stem));
  return words.filter((w) => inReply.has(w)).length / words.length >= 0.5;
}

/** Repetition figures over a set of replies (the shared tool's definitions). */
export function repetition(replies: string[]): { templatedShare: number; identicalPairs: number; medianWords: number } {
  const inReplies = batchSentenceCounts(replies);
  let total = 0;
  let templated = 0;
  for (const r of replies) for (const s of metricSentences(r)) {
    total++;
    if (inReplies.get(sentenceKey(s))! >= 3) templated++;
  }
  const seen = new Map<string, number>();
  let identicalPairs = 0;
  for (const r of replies) {
    const k = sentenceKey(r);
    identicalPairs += seen.get(k) ?? 0;
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const words = replies.map((r) => r.split(/\s+/).length).sort((a, b) => a - b);
  return { templatedShare: +(templated / Math.max(1, total)).toFixed(3), identicalPairs, medianWords: words[Math.floor(words.length / 2)] ?? 0 };
}

function main(): void {
  const { values } = parseArgs({ options: { cases: { type: "string" }, replies: { type: "string" } } });
  if (!values.cases || !values.replies) {
    console.error("usage: npm run eval:replies -- --cases CASES.jsonl --replies OUT.jsonl");
    process.exit(2);
  }
  const read = <T>(f: string) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as T);
  const cases = new Map(read<CaseRow>(values.cases).map((c) => [String(c.id), c]));
  const out = read<{ id: string; response?: string }>(values.replies).filter((o) => typeof o.response === "string");
  let facts = 0;
  let used = 0;
  let labelled = 0;
  let agree = 0;
  for (const o of out) {
    const c = cases.get(String(o.id));
    if (!c) continue;
    for (const f of c.facts ?? []) {
      facts++;
      if (factUsed(f, o.response!)) used++;
    }
    if (c.asks) {
      labelled++;
      const kind = readRequest(c.messages[0]).kind;
      if (kind === c.asks || (c.asks === "other" && kind === "how")) agree++;
    }
  }
  const figures = { replies: out.length, ...repetition(out.map((o) => o.response!)), factsUsed: facts ? +(used / facts).toFixed(3) : null, askKindAgreement: labelled ? +(agree / labelled).toFixed(3) : null };
  console.log(JSON.stringify(figures, null, 1));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
