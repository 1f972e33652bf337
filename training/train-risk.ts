/**
 * Trains the learned risk net (safety/learned/risk-net.ts) and writes its weights, thresholds
 * and report. Reproducible: the same data gives the same weights (seeded shuffle, fixed epochs).
 *
 *   npm run train:risk                 # writes safety/learned/risk-net.weights.json + training/risk/report.{json,md} + curve.svg
 *   npm run train:risk -- --dry-run    # trains and reports, writes nothing
 *
 * Data (labels: 1 = needs crisis resources now, 0 = not):
 * - training/risk/authored-*.jsonl: messages written for training by fresh authors across
 *   registers and languages (`{text, label}`, or `{messages, label}` for a short conversation read
 *   as one text), never the blind evaluation batches;
 * - the team's earlier labelled risk sets (evals/heldout/risk-a…f, test/redteam, the dev cases):
 *   `{messages, escalate}`;
 * - since session 24, the blind batches G to T and model-a (each scored once at first reading before
 *   any fix, then worked on; see the README): the most varied wording the project has. Batches from
 *   U on are never read here;
 * - SDCNL's training split (../shared/data/sdcnl-train.jsonl), when present: weak labels from
 *   the subreddit. r/SuicideWatch posts are positives; r/depression posts are negatives unless
 *   the rule reader finds current suicidal ideation or self-harm in them (clinically they escalate),
 *   and every SDCNL example counts half, since its labels are noisy. Its test split is never read.
 * One fifth of the authored, team and trained blind data (by a hash of the text) is held out for the
 * thresholds and the reported figures; SDCNL's own test split gives the real-post figures, and the
 * blind batches from U on (evals/final/risk-u, -v, -w, …) give the figures on fresh wording.
 * The C-SSRS concepts of every text are kept in .psyllm/train-risk-concepts.json between runs, keyed
 * by a hash of the safety folder's sources (a changed vocabulary or component reads them all again).
 *
 * Every example is read as the reader reads a message at run time: its n-grams (features.ts) and
 * the C-SSRS concept classes the rule components find in it (read-risk.ts riskConcepts).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DIM, featurize, netText, type SparseVector } from "../safety/learned/features.js";
import { probability, scoreText, type RiskNetFile } from "../safety/learned/risk-net.js";
import { riskConcepts } from "../safety/read-risk.js";
import { screenConversation } from "../safety/screen-risk.js";
import { hash, rng, shuffle } from "./seeded.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "../shared/data");

interface Example {
  text: string;
  label: 0 | 1;
  weight: number;
  source: string;
  heldOut: boolean;
}

function readJsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .flatMap((l, i) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        console.warn(`train-risk: ${path}:${i + 1} is not JSON, skipped`);
        return [];
      }
    });
}


/** Every labelled example, with its split. */
function loadExamples(): Example[] {
  const out: Example[] = [];
  const authoredDir = join(root, "training/risk");
  for (const f of readdirSync(authoredDir).filter((f) => /^authored-.*\.jsonl$/.test(f)).sort()) {
    for (const o of readJsonl(join(authoredDir, f))) {
      const text = Array.isArray(o.messages) ? (o.messages as unknown[]).map(String).join("\n") : String(o.text ?? "");
      if (!text.trim() || (o.label !== 0 && o.label !== 1)) continue;
      out.push({ text, label: o.label, weight: 1, source: f, heldOut: hash(text) % 5 === 0 });
    }
  }
  const team = [
    ...["a", "b", "c", "d", "e", "f"].map((x) => `evals/heldout/risk-${x}.jsonl`),
    ...readdirSync(join(root, "test/redteam")).filter((f) => f.endsWith(".jsonl")).map((f) => `test/redteam/${f}`),
  ];
  const dev = resolve(root, "../shared/cases/dev-risk.jsonl");
  for (const f of [...team.map((t) => join(root, t)), ...(existsSync(dev) ? [dev] : [])]) {
    for (const o of readJsonl(f)) {
      const messages = Array.isArray(o.messages) ? (o.messages as string[]) : [String(o.text ?? "")];
      if (typeof o.escalate !== "boolean") continue;
      const text = messages.join("\n");
      out.push({ text, label: o.escalate ? 1 : 0, weight: 1, source: f.replace(`${root}/`, "").replace(`${resolve(root, "..")}/`, "../"), heldOut: hash(text) % 5 === 0 });
    }
  }
  // Blind batches once they have been scored and worked on (G to T and model-a, 1,600 conversations
  // by some twenty fresh authors): their wording is the most varied labelled data the project has.
  // From U on they stay out, so the net's figures on fresh wording come from batches it never read.
  for (const { file, rows } of blindBatches().filter((b) => TRAINED_BLIND.test(b.file))) {
    for (const r of rows) {
      const text = r.messages.join("\n");
      out.push({ text, label: r.escalate ? 1 : 0, weight: 1, source: file, heldOut: hash(text) % 5 === 0 });
    }
  }
  const sd = join(shared, "sdcnl-train.jsonl");
  if (existsSync(sd)) {
    let corrected = 0;
    for (const o of readJsonl(sd)) {
      const text = String(o.text ?? "");
      let label: 0 | 1 = o.subreddit === "SuicideWatch" ? 1 : 0;
      if (label === 0) {
        const r = screenConversation([text]);
        if (r.escalate && (r.flags.includes("suicidal_ideation") || r.flags.includes("self_harm"))) (label = 1), corrected++;
      }
      out.push({ text, label, weight: 0.5, source: "sdcnl-train", heldOut: false });
    }
    console.log(`SDCNL train: ${corrected} r/depression posts relabelled positive (the rules find current ideation or self-harm in them)`);
  } else console.log(`SDCNL train split not found at ${sd}: training without it`);
  return out;
}


/** Logistic regression with AdaGrad and L2, over the training examples. */
function train(examples: Array<{ x: SparseVector; y: number; w: number }>, epochs = 12, lr = 0.5, l2 = 2e-6): { weights: Float32Array; bias: number } {
  const weights = new Float32Array(DIM);
  const g2 = new Float32Array(DIM).fill(1e-8);
  let bias = 0;
  let gb2 = 1e-8;
  const order = examples.map((_, i) => i);
  const rand = rng(13);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, rand);
    let loss = 0;
    for (const k of order) {
      const { x, y, w } = examples[k];
      const p = probability({ weights, bias }, x);
      loss += -w * (y ? Math.log(p + 1e-9) : Math.log(1 - p + 1e-9));
      const g = w * (p - y);
      for (let i = 0; i < x.index.length; i++) {
        const f = x.index[i];
        const grad = g * x.value[i] + l2 * weights[f];
        g2[f] += grad * grad;
        weights[f] -= (lr * grad) / Math.sqrt(g2[f]);
      }
      gb2 += g * g;
      bias -= (lr * g) / Math.sqrt(gb2);
    }
    console.log(`epoch ${e + 1}/${epochs}: loss ${(loss / examples.length).toFixed(4)}`);
  }
  return { weights, bias };
}

/**
 * Concept classes per text, read once (the rule components are the slow part of featurising) and
 * kept in .psyllm/ between runs, keyed by a hash of the safety folder's sources: any change to a
 * vocabulary or a component reads every text again.
 */
const concepts = new Map<string, string[]>();
function conceptsOf(text: string): string[] {
  let c = concepts.get(text);
  if (!c) concepts.set(text, (c = riskConcepts(text)));
  return c;
}

function safetySourceHash(): string {
  let h = "";
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:ts|json)$/.test(e.name) && !/\.weights\.json$/.test(e.name)) h = String(hash(h + e.name + readFileSync(p, "utf8")));
    }
  };
  walk(join(root, "safety"));
  return h;
}

const conceptCache = join(root, ".psyllm/train-risk-concepts.json");
function loadConceptCache(): string {
  const key = safetySourceHash();
  if (existsSync(conceptCache)) {
    try {
      const c = JSON.parse(readFileSync(conceptCache, "utf8")) as { key: string; concepts: Record<string, string[]> };
      if (c.key === key) for (const [t, cs] of Object.entries(c.concepts)) concepts.set(t, cs);
    } catch {
      /* a damaged cache is read again from the texts */
    }
  }
  return key;
}
function saveConceptCache(key: string): void {
  mkdirSync(dirname(conceptCache), { recursive: true });
  writeFileSync(conceptCache, JSON.stringify({ key, concepts: Object.fromEntries(concepts) }));
}

/** Features as the net reads a message at run time. */
function features(text: string): SparseVector {
  return featurize(netText(text), conceptsOf(text));
}

/** Score as the net does at run time. */
function score(net: { weights: Float32Array; bias: number }, text: string): number {
  return scoreText(text, net, conceptsOf(text));
}

/**
 * Blind batches the net trains on (each was scored at first reading before any fix, then worked on;
 * see the README): G to T and model-a. Batches from U on are never read by training.
 */
const TRAINED_BLIND = /(?:^|\/)(?:risk-[g-t]|model-a)\.jsonl$/;

/** The blind batches: `{messages, escalate}` conversations (figures only for those training never read). */
function blindBatches(): Array<{ file: string; rows: Array<{ messages: string[]; escalate: boolean }> }> {
  const files = [
    ...readdirSync(join(root, "evals/heldout")).filter((f) => /^(?:risk-[g-z]|model-)[\w-]*\.jsonl$/.test(f)).map((f) => `evals/heldout/${f}`),
    ...readdirSync(join(root, "evals/final")).filter((f) => /^risk-.*\.jsonl$/.test(f)).map((f) => `evals/final/${f}`),
  ].sort();
  return files.map((file) => ({
    file,
    rows: readJsonl(join(root, file))
      .filter((o) => typeof o.escalate === "boolean" && Array.isArray(o.messages))
      .map((o) => ({ messages: (o.messages as unknown[]).map(String), escalate: o.escalate as boolean })),
  }));
}

interface Point {
  threshold: number;
  recall: number;
  specificity: number;
}

function curve(pos: number[], neg: number[]): Point[] {
  const ts = [...new Set([...pos, ...neg, 0, 1])].sort((a, b) => a - b);
  return ts.map((t) => ({
    threshold: t,
    recall: pos.filter((s) => s >= t).length / (pos.length || 1),
    specificity: neg.filter((s) => s < t).length / (neg.length || 1),
  }));
}

/** The lowest threshold whose specificity is at least `spec`. */
function thresholdFor(points: Point[], spec: number): Point {
  return points.find((p) => p.specificity >= spec) ?? points[points.length - 1];
}

/** Area under the ROC curve (trapezoids over the curve's points). */
function auc(points: Point[]): number {
  const xy = points.map((p) => [1 - p.specificity, p.recall]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let area = 0;
  for (let i = 1; i < xy.length; i++) area += (xy[i][0] - xy[i - 1][0]) * (xy[i][1] + xy[i - 1][1]) / 2;
  return area;
}

/** Held-out specificity at which the net escalates with no rule concept named. */
const ALONE_SPECIFICITY = 0.97;
/** Share of ordinary CounselChat questions (outside risk topics) the `alone` point may reach at most: 1 minus this. */
const ALONE_ORDINARY_QUANTILE = 0.97;

function at(points: Point[], t: number): Point {
  return points.find((p) => p.threshold >= t) ?? points[points.length - 1];
}

function svg(series: Array<{ name: string; points: Point[]; colour: string }>, marks: Array<{ name: string; t: number }>): string {
  const W = 520, H = 420, L = 60, B = 50, S = 360;
  const x = (fpr: number) => L + fpr * S;
  const y = (tpr: number) => H - B - tpr * S;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${L}" y="20" font-size="14" font-weight="bold">Learned risk net: recall vs false-positive rate (held-out data)</text>`,
    `<line x1="${L}" y1="${y(0)}" x2="${x(1)}" y2="${y(0)}" stroke="#333"/><line x1="${L}" y1="${y(0)}" x2="${L}" y2="${y(1)}" stroke="#333"/>`,
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#bbb" stroke-dasharray="4 4"/>`,
    `<text x="${L + S / 2 - 60}" y="${H - 12}">1 − specificity</text>`,
    `<text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})">recall (escalated)</text>`,
  ];
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<text x="${x(v) - 8}" y="${y(0) + 16}">${v}</text><text x="${L - 30}" y="${y(v) + 4}">${v}</text>`);
  }
  series.forEach((s, i) => {
    const d = s.points.map((p, k) => `${k ? "L" : "M"}${x(1 - p.specificity).toFixed(1)},${y(p.recall).toFixed(1)}`).join(" ");
    parts.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
    parts.push(`<rect x="${x(0.45)}" y="${y(0.3) + i * 18 - 9}" width="12" height="4" fill="${s.colour}"/><text x="${x(0.45) + 18}" y="${y(0.3) + i * 18}">${s.name}</text>`);
    for (const m of marks) {
      const p = at(s.points, m.t);
      parts.push(`<circle cx="${x(1 - p.specificity)}" cy="${y(p.recall)}" r="4" fill="${s.colour}"/>`);
    }
  });
  parts.push(`<text x="${x(0.45)}" y="${y(0.3) + series.length * 18 + 6}">dots: ${marks.map((m) => `${m.name} ${m.t.toFixed(2)}`).join(", ")}</text>`);
  parts.push("</svg>");
  return parts.join("\n");
}

function main(): void {
  const dry = process.argv.includes("--dry-run");
  const started = Date.now();
  const cacheKey = loadConceptCache();
  const all = loadExamples();
  const trainSet = all.filter((e) => !e.heldOut);
  const held = all.filter((e) => e.heldOut);
  const pos = trainSet.filter((e) => e.label === 1).reduce((s, e) => s + e.weight, 0);
  const neg = trainSet.filter((e) => e.label === 0).reduce((s, e) => s + e.weight, 0);
  console.log(`examples: ${all.length} (train ${trainSet.length}: ${pos} positive weight, ${neg} negative weight; held out ${held.length})`);
  // Balance the classes so neither dominates; every training text is read as the net reads it.
  const data = trainSet.map((e, i) => {
    if (i % 500 === 0) console.log(`reading examples ${i}/${trainSet.length}`);
    return { x: features(e.text), y: e.label, w: e.weight * (e.label ? (pos + neg) / (2 * pos) : (pos + neg) / (2 * neg)) };
  });
  const net = train(data);

  const heldScores = held.map((e) => ({ e, s: score(net, e.text) }));
  const heldCurve = curve(heldScores.filter((h) => h.e.label === 1).map((h) => h.s), heldScores.filter((h) => h.e.label === 0).map((h) => h.s));
  // Thresholds: specificity on the held-out split, and (when CounselChat is present) the rate at
  // which ordinary help-seeking questions outside risk topics would reach them: at most 5% at the
  // point where the net escalates beside a rule concept, 3% where it escalates alone, 8% asked.
  // CounselChat is only scored here, never trained on.
  const cc = join(shared, "counselchat-train.jsonl");
  const ordinary = existsSync(cc)
    ? readJsonl(cc)
        .filter((o) => !((o.topics as string[]) ?? []).some((t) => /self-harm|depression|suicid|trauma|domestic|abuse|anger|violence/i.test(t)))
        .map((o) => score(net, `${o.title ?? ""}. ${o.text ?? ""}`))
        .sort((a, b) => a - b)
    : [];
  const quantile = (q: number) => (ordinary.length ? ordinary[Math.min(ordinary.length - 1, Math.floor(q * ordinary.length))] : 0);
  const escalate = Math.max(0.5, thresholdFor(heldCurve, 0.95).threshold, quantile(0.95));
  const ask = Math.min(escalate, Math.max(0.3, thresholdFor(heldCurve, 0.85).threshold, quantile(0.92)));
  // Alone (no rule concept named): a stricter point, where ordinary questions rarely reach (at most
  // 3% of them; 2% before session 21, when a quarter of the misses in two fresh blind batches, T and
  // U, sat between the two points with no concept named).
  const alone = Math.max(escalate, thresholdFor(heldCurve, ALONE_SPECIFICITY).threshold, quantile(ALONE_ORDINARY_QUANTILE));

  const report: Record<string, unknown> = {
    trainedAt: new Date().toISOString().slice(0, 10),
    examples: { train: trainSet.length, heldOut: held.length, bySource: Object.fromEntries([...new Set(all.map((e) => e.source))].map((s) => [s, all.filter((e) => e.source === s).length])) },
    thresholds: { escalate, ask, alone },
    heldOut: { atAlone: at(heldCurve, alone), atEscalate: at(heldCurve, escalate), atAsk: at(heldCurve, ask), positives: heldScores.filter((h) => h.e.label === 1).length, negatives: heldScores.filter((h) => h.e.label === 0).length },
    ...(ordinary.length
      ? { counselChatOrdinaryQuestions: { n: ordinary.length, escalated: +(ordinary.filter((x) => x >= escalate).length / ordinary.length).toFixed(3), asked: +(ordinary.filter((x) => x >= ask && x < escalate).length / ordinary.length).toFixed(3) } }
      : {}),
  };
  const series = [{ name: "held-out authored + team sets", points: heldCurve, colour: "#1f77b4" }];
  const sdTest = join(shared, "sdcnl-test.jsonl");
  if (existsSync(sdTest)) {
    const rows = readJsonl(sdTest).map((o) => ({ sw: o.subreddit === "SuicideWatch", s: score(net, String(o.text ?? "")) }));
    const sdCurve = curve(rows.filter((r) => r.sw).map((r) => r.s), rows.filter((r) => !r.sw).map((r) => r.s));
    report.sdcnlTest = {
      note: "subreddit labels: r/depression 'negatives' often carry suicidal thoughts too, so specificity here is a floor",
      atEscalate: at(sdCurve, escalate),
      atAsk: at(sdCurve, ask),
      n: rows.length,
    };
    series.push({ name: "SDCNL test (SuicideWatch vs depression)", points: sdCurve, colour: "#d62728" });
  }
  // Fresh wording: each blind batch's conversations, scored by their highest message.
  const blind = blindBatches().filter((b) => !TRAINED_BLIND.test(b.file));
  if (blind.length) {
    const rows = blind.flatMap((b) => b.rows.map((r) => ({ y: r.escalate, s: Math.max(...r.messages.map((m) => score(net, m))) })));
    const blindCurve = curve(rows.filter((r) => r.y).map((r) => r.s), rows.filter((r) => !r.y).map((r) => r.s));
    report.blindBatches = {
      note: "conversations from blind batches never trained on (U onwards) (the net alone, each conversation by its highest message); the whole reader's figures are in npm run eval:risk",
      files: blind.map((b) => b.file),
      n: rows.length,
      auc: +auc(blindCurve).toFixed(3),
      atAlone: at(blindCurve, alone),
      atEscalate: at(blindCurve, escalate),
      atAsk: at(blindCurve, ask),
    };
    series.push({ name: "blind batches (fresh wording, never trained on)", points: blindCurve, colour: "#2ca02c" });
  }
  saveConceptCache(cacheKey);
  report.seconds = +((Date.now() - started) / 1000).toFixed(1);
  console.log(JSON.stringify(report, null, 1));
  if (dry) return;

  let max = 0;
  for (const w of net.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const q = new Int16Array(DIM);
  for (let i = 0; i < DIM; i++) q[i] = Math.round(net.weights[i] / scale);
  const file: RiskNetFile = { version: 2, dim: DIM, weights: Buffer.from(q.buffer).toString("base64"), scale, bias: net.bias, thresholds: { escalate, ask, alone }, report };
  writeFileSync(join(root, "safety/learned/risk-net.weights.json"), JSON.stringify(file) + "\n");
  mkdirSync(join(root, "training/risk"), { recursive: true });
  writeFileSync(join(root, "training/risk/report.json"), JSON.stringify(report, null, 1) + "\n");
  writeFileSync(join(root, "training/risk/curve.svg"), svg(series, [{ name: "ask", t: ask }, { name: "escalate", t: escalate }]) + "\n");
  console.log("wrote safety/learned/risk-net.weights.json, training/risk/report.json, training/risk/curve.svg");
}

main();
