/**
 * Trains the learned topic reader (engine/reply/topic-net.ts) and writes its weights and report.
 * Reproducible: seeded shuffle, fixed epochs.
 *
 *   npm run train:topics                 # writes engine/reply/topic-net.weights.json + training/topics/report.json
 *   npm run train:topics -- --dry-run    # trains and reports, writes nothing
 *
 * Data (label: a psychoeducation topic id):
 * - training/topics/authored-*.jsonl: messages written for training by fresh authors (`{topic, text}`);
 * - the psychoeducation base itself (knowledge/psychoeducation/*.json): every sentence and cue
 *   list, labelled with its topic, at low weight;
 * CounselChat (../shared/data/counselchat-train.jsonl) is read only to measure, never to train:
 * it is the real-question set replies are judged on. Two figures:
 * - our labels (training/topics/counselchat-labels.jsonl, session 27): 545 of its questions
 *   labelled with our topics by three labellers who read only the question (`{id, topic, also}`:
 *   ids, no text). It never holds a question blind raters scored replies on. The reader is right
 *   when its first topic is the label or one of the "also" labels. Training on four fifths of it
 *   was tried (weights 1 and 0.3): the held-out fifth moved from 0.775 to 0.793 / 0.775 top-1 while
 *   obvious messages broke ("my dad died … everyone at work" read as workplace), so it stays a
 *   measure;
 * - the site's own labels, which follow the site's conventions ("am I a lesbian?" is filed under
 *   intimacy) rather than what the question needs answered; right when one of the mapped labels.
 * One fifth of the authored data (by a hash of the text) is held out for the reported figures;
 * the blind reply batches (evals/heldout/replies-*.jsonl) are never read here.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { psychoeducation } from "../engine/reply/psychoeducation.js";
import { TOPIC_DIM, topicFeatures, topicProbabilities, type TopicNetFile } from "../engine/reply/topic-net.js";
import type { SparseVector } from "../safety/learned/features.js";
import { encodeNet } from "../safety/learned/softmax.js";
import { hash } from "./seeded.js";
import { trainSoftmax } from "./softmax-train.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "../shared/data");

/** CounselChat's site topics as our psychoeducation topics. */
export const COUNSELCHAT_TOPICS: Record<string, string> = {
  depression: "depression", relationships: "relationships", intimacy: "intimacy", anxiety: "anxiety", "family-conflict": "family-conflict",
  parenting: "parenting", "self-esteem": "self-esteem", "behavioral-change": "habits", "relationship-dissolution": "breakup",
  "anger-management": "anger", trauma: "trauma", marriage: "marriage", lgbtq: "sexuality-gender", "domestic-violence": "domestic-abuse",
  "workplace-relationships": "workplace", "social-relationships": "loneliness", "substance-abuse": "substance-use",
  "counseling-fundamentals": "therapy", spirituality: "spirituality", "grief-and-loss": "grief", "legal-regulatory": "therapy",
  diagnosis: "diagnosis-questions", "sleep-improvement": "sleep", "professional-ethics": "therapy", "eating-disorders": "eating-body-image",
  addiction: "substance-use", stress: "stress", "human-sexuality": "intimacy", "self-harm": "self-harm", "children-adolescents": "parenting",
  "military-issues": "trauma",
};

interface Example {
  text: string;
  /** Gold topics (any counts as correct). */
  gold: string[];
  weight: number;
  source: string;
  heldOut: boolean;
}


function readJsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function loadExamples(labels: Set<string>): Example[] {
  const out: Example[] = [];
  const dir = join(root, "training/topics");
  for (const f of existsSync(dir) ? readdirSync(dir).filter((f) => /^authored-.*\.jsonl$/.test(f)).sort() : []) {
    for (const o of readJsonl(join(dir, f))) {
      const text = String(o.text ?? "");
      const topic = String(o.topic ?? "");
      if (!text.trim() || !labels.has(topic)) continue;
      out.push({ text, gold: [topic], weight: 1, source: f, heldOut: hash(text) % 5 === 0 });
    }
  }
  for (const t of psychoeducation().topics) {
    const pools = [t.normal, t.why, t.how, t.should, t.what, t.other, t.seekHelp, t.followUps, t.steps.map((s) => `${s.do} ${s.why}`)];
    for (const pool of pools) for (const s of pool) out.push({ text: s, gold: [t.id], weight: 0.25, source: "psychoeducation", heldOut: false });
    out.push({ text: t.cues.join(". ").replace(/[*[\]|]/g, " "), gold: [t.id], weight: 1, source: "psychoeducation-cues", heldOut: false });
  }
  const cc = join(shared, "counselchat-train.jsonl");
  const labelled = join(dir, "counselchat-labels.jsonl");
  const ours = new Map(existsSync(labelled) ? readJsonl(labelled).map((o) => [String(o.id), [String(o.topic), ...((o.also as string[]) ?? [])].filter((t) => labels.has(t))] as const) : []);
  if (existsSync(cc)) {
    for (const o of readJsonl(cc)) {
      const text = `${o.title ?? ""}\n${o.text ?? ""}`;
      const mine = ours.get(String(o.id));
      if (mine?.length) out.push({ text, gold: mine, weight: 1, source: "counselchat-train, our labels (measured only)", heldOut: true });
      const gold = [...new Set(((o.topics as string[]) ?? []).map((t) => COUNSELCHAT_TOPICS[t]).filter((t): t is string => !!t && labels.has(t)))];
      if (!gold.length) continue;
      out.push({ text, gold, weight: 1, source: "counselchat-train, site labels (measured only)", heldOut: true });
    }
  } else console.log(`CounselChat not found at ${cc}: no real-question figure`);
  return out;
}


function train(labels: string[], data: Array<{ x: SparseVector; y: number[]; w: number }>) {
  return trainSoftmax(labels, TOPIC_DIM, data, { epochs: 10, lr: 0.4, seed: 7, log: (e, loss) => console.log(`epoch ${e}/10: loss ${loss.toFixed(4)}`) });
}

function main(): void {
  const dry = process.argv.includes("--dry-run");
  const labels = psychoeducation().topics.map((t) => t.id);
  const index = new Map(labels.map((l, i) => [l, i]));
  const examples = loadExamples(new Set(labels));
  const featured = examples.map((e) => ({ e, x: topicFeatures(e.text) }));
  const net = train(
    labels,
    featured.filter(({ e }) => !e.heldOut).map(({ e, x }) => ({ x, y: e.gold.map((g) => index.get(g)!), w: e.weight })),
  );
  const figures: Record<string, { n: number; top1: number; top2: number }> = {};
  for (const { e, x } of featured.filter(({ e }) => e.heldOut)) {
    const p = topicProbabilities(net, x);
    const ranked = labels.map((l, i) => ({ l, p: p[i] })).sort((a, b) => b.p - a.p);
    const f = (figures[e.source] ??= { n: 0, top1: 0, top2: 0 });
    f.n++;
    if (e.gold.includes(ranked[0].l)) f.top1++;
    if (e.gold.includes(ranked[0].l) || e.gold.includes(ranked[1].l)) f.top2++;
  }
  const report = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, { n: v.n, top1: +(v.top1 / v.n).toFixed(3), top2: +(v.top2 / v.n).toFixed(3) }]));
  console.log("held out:", JSON.stringify(report));
  if (dry) return;
  const file: TopicNetFile = {
    ...encodeNet(net, labels, TOPIC_DIM),
    report: { trainedOn: Object.fromEntries(Object.entries(examples.reduce<Record<string, number>>((a, e) => ((a[e.source] = (a[e.source] ?? 0) + (e.heldOut ? 0 : 1)), a), {}))), heldOut: report },
  };
  writeFileSync(join(root, "engine/reply/topic-net.weights.json"), JSON.stringify(file));
  writeFileSync(join(root, "training/topics/report.json"), `${JSON.stringify(file.report, null, 2)}\n`);
  console.log("wrote engine/reply/topic-net.weights.json and training/topics/report.json");
}

if (import.meta.url === `file://${process.argv[1]}`) main();
