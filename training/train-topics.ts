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
 * it is the real-question set replies are judged on, so a reader trained on it would be scored
 * on its own training data; and its site labels follow the site's conventions ("am I a lesbian?"
 * is filed under intimacy), not what the question needs answered. Its figure counts the reader's
 * topic correct when it is one of the question's mapped labels.
 * One fifth of the authored data (by a hash of the text) is held out for the reported figures;
 * the blind reply batches (evals/heldout/replies-*.jsonl) are never read here.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { psychoeducation } from "../engine/reply/psychoeducation.js";
import { TOPIC_DIM, topicFeatures, topicProbabilities, type TopicNetFile } from "../engine/reply/topic-net.js";
import type { SparseVector } from "../safety/learned/features.js";
import { hash, rng, shuffle } from "./seeded.js";

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
  if (existsSync(cc)) {
    for (const o of readJsonl(cc)) {
      const gold = [...new Set(((o.topics as string[]) ?? []).map((t) => COUNSELCHAT_TOPICS[t]).filter((t): t is string => !!t && labels.has(t)))];
      if (!gold.length) continue;
      const text = `${o.title ?? ""}\n${o.text ?? ""}`;
      out.push({ text, gold, weight: 1, source: "counselchat-train (measured only)", heldOut: true });
    }
  } else console.log(`CounselChat not found at ${cc}: no real-question figure`);
  return out;
}


/** Softmax regression with AdaGrad and L2; a multi-label example spreads its target evenly. */
function train(labels: string[], data: Array<{ x: SparseVector; y: number[]; w: number }>, epochs = 10, lr = 0.4, l2 = 1e-6) {
  const K = labels.length;
  const weights = labels.map(() => new Float32Array(TOPIC_DIM));
  const g2 = labels.map(() => new Float32Array(TOPIC_DIM).fill(1e-8));
  const bias = new Array<number>(K).fill(0);
  const gb2 = new Array<number>(K).fill(1e-8);
  const order = data.map((_, i) => i);
  const rand = rng(7);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, rand);
    let loss = 0;
    for (const k of order) {
      const { x, y, w } = data[k];
      const p = topicProbabilities({ labels, weights, bias }, x);
      const target = new Array<number>(K).fill(0);
      for (const c of y) target[c] = 1 / y.length;
      for (let c = 0; c < K; c++) {
        if (target[c]) loss -= w * target[c] * Math.log(p[c] + 1e-9);
        const g = w * (p[c] - target[c]);
        if (Math.abs(g) < 1e-5) continue;
        const W = weights[c];
        const G = g2[c];
        for (let i = 0; i < x.index.length; i++) {
          const f = x.index[i];
          const grad = g * x.value[i] + l2 * W[f];
          G[f] += grad * grad;
          W[f] -= (lr * grad) / Math.sqrt(G[f]);
        }
        gb2[c] += g * g;
        bias[c] -= (lr * g) / Math.sqrt(gb2[c]);
      }
    }
    console.log(`epoch ${e + 1}/${epochs}: loss ${(loss / data.length).toFixed(4)}`);
  }
  return { labels, weights, bias };
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
  // Int8 per row: the largest weight maps to 127.
  const bytes = new Int8Array(labels.length * TOPIC_DIM);
  const scale = net.weights.map((row, r) => {
    let max = 0;
    for (const v of row) max = Math.max(max, Math.abs(v));
    const s = max / 127 || 1;
    for (let i = 0; i < TOPIC_DIM; i++) bytes[r * TOPIC_DIM + i] = Math.round(row[i] / s);
    return s;
  });
  const file: TopicNetFile = {
    version: 1,
    dim: TOPIC_DIM,
    labels,
    weights: Buffer.from(bytes.buffer).toString("base64"),
    scale,
    bias: net.bias.map((b) => +b.toFixed(5)),
    report: { trainedOn: Object.fromEntries(Object.entries(examples.reduce<Record<string, number>>((a, e) => ((a[e.source] = (a[e.source] ?? 0) + (e.heldOut ? 0 : 1)), a), {}))), heldOut: report },
  };
  writeFileSync(join(root, "engine/reply/topic-net.weights.json"), JSON.stringify(file));
  writeFileSync(join(root, "training/topics/report.json"), `${JSON.stringify(file.report, null, 2)}\n`);
  console.log("wrote engine/reply/topic-net.weights.json and training/topics/report.json");
}

if (import.meta.url === `file://${process.argv[1]}`) main();
