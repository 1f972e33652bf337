/**
 * Trains the learned symptom reader (engine/learned/concept-net.ts) and writes its weights and
 * report. Reproducible: seeded shuffle, fixed epochs.
 *
 *   npm run train:concepts               # writes engine/learned/concept-net.weights.json + training/concepts/report.json
 *   npm run train:concepts -- --dry-run  # trains and reports, writes nothing
 *
 * Data:
 * - training/concepts/authored-*.jsonl: sentences written for it by fresh authors who never saw the
 *   lexicon, `{concept, text}` for a symptom and `{concept: "none", near, text}` for a hard negative
 *   (the word used loosely, the symptom denied, an ordinary experience);
 * - "none" sentences from the problems of living in training/dx/authored-*.jsonl (distress that is
 *   not a disorder), at low weight, skipping any sentence the lexicon reads one of the concepts in.
 *   Measured and left out: the 12,000 sentences of everyday writing in the risk training data as
 *   "none" (at 0.3 or 0.05) made the reader so cautious that it read less on unseen authors (recall
 *   0.35–0.47 against 0.46–0.71) and cost the differential out of fold (top-1 0.880–0.882 against
 *   0.887–0.893) and on CounselChat; what the reader reads alone never makes a disorder
 *   provisional, so a reading too many costs a listing, not a diagnosis.
 * Thresholds: each author is predicted by a net trained without them (leave one author out); a
 * concept's threshold is the lowest probability at which at least PRECISION of what it reads on
 * unseen authors is right. A concept that cannot reach it is not read at all.
 * Never read: CounselChat and the blind diagnostic batches (evals/heldout/dx-*.jsonl), where the
 * engine is measured.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CONCEPTS } from "../knowledge/index.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { splitSentences } from "../engine/normalize.js";
import { CONCEPT_DIM, NO_CONCEPT, conceptFeatures, readingSpan, restsOnGrammar, type ConceptNetFile } from "../engine/learned/concept-net.js";
import type { SparseVector } from "../safety/learned/features.js";
import { encodeNet, softmaxProbabilities } from "../safety/learned/softmax.js";
import { svgBars } from "../synthesis/svg-bars.js";
import { hash } from "./seeded.js";
import { trainSoftmax } from "./softmax-train.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Share of a concept's readings on unseen authors that must be right for it to be read. */
export const PRECISION = 0.9;
/** Thresholds tried, lowest first. */
const GRID = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
/** Weight of a problem-of-living sentence as "none". */
const NONE_WEIGHT = 0.3;

interface Example {
  text: string;
  label: string;
  weight: number;
  /** The author file it came from, or "living" for the problems-of-living sentences. */
  source: string;
  /** Which held-out fold predicts it. */
  fold: number;
}

function readJsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

export function loadConceptExamples(): { examples: Example[]; authors: string[]; labels: string[] } {
  const known = new Set(CONCEPTS.map((c) => c.id));
  const dir = join(root, "training/concepts");
  const authors = existsSync(dir) ? readdirSync(dir).filter((f) => /^authored-.*\.jsonl$/.test(f)).sort() : [];
  const examples: Example[] = [];
  const seen = new Set<string>();
  authors.forEach((f, fold) => {
    for (const o of readJsonl(join(dir, f))) {
      const text = String(o.text ?? "").trim();
      const label = String(o.concept ?? "");
      if (!text || (label !== NO_CONCEPT && !known.has(label)) || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      examples.push({ text, label, weight: 1, source: f, fold });
    }
  });
  const labels = [...new Set(examples.map((e) => e.label).filter((l) => l !== NO_CONCEPT))].sort();
  labels.push(NO_CONCEPT);
  const read = new Set(labels);
  const matcher = knowledgeModel().matcher;
  const dx = join(root, "training/dx");
  for (const f of existsSync(dx) ? readdirSync(dx).filter((f) => /^authored-.*\.jsonl$/.test(f)).sort() : []) {
    for (const o of readJsonl(join(dx, f))) {
      if (!Array.isArray(o.dx) || o.dx.length || !Array.isArray(o.messages)) continue;
      for (const s of (o.messages as string[]).flatMap((m) => splitSentences(m))) {
        const key = s.text.toLowerCase();
        if (s.text.split(/\s+/).length < 4 || seen.has(key) || matcher.match(s.text).some((x) => read.has(x.concept))) continue;
        seen.add(key);
        examples.push({ text: s.text, label: NO_CONCEPT, weight: NONE_WEIGHT, source: "living", fold: hash(s.text) % Math.max(1, authors.length) });
      }
    }
  }
  return { examples, authors, labels };
}

function train(labels: string[], data: Array<{ x: SparseVector; y: number; w: number }>) {
  return trainSoftmax(labels, CONCEPT_DIM, data.map((d) => ({ x: d.x, y: [d.y], w: d.w })), { epochs: 12, lr: 0.3, seed: 13 });
}

function main(): void {
  const dry = process.argv.includes("--dry-run");
  const { examples, authors, labels } = loadConceptExamples();
  if (authors.length < 2) throw new Error("train:concepts needs at least two authored files in training/concepts (one is held out at a time)");
  const index = new Map(labels.map((l, i) => [l, i]));
  const data = examples.map((e) => ({ e, x: conceptFeatures(e.text), y: index.get(e.label)!, w: e.weight }));
  console.log(`${data.length} sentences (${labels.length - 1} concepts) from ${authors.length} authors and the problems of living`);

  // Leave one author out: every sentence predicted by a net that never saw its author.
  const oof: number[][] = new Array(data.length);
  const foldNets: Array<ReturnType<typeof train>> = [];
  for (let k = 0; k < authors.length; k++) {
    const net = train(labels, data.filter((d) => d.e.fold !== k));
    foldNets.push(net);
    data.forEach((d, i) => {
      if (d.e.fold === k) oof[i] = softmaxProbabilities(net, d.x);
    });
    console.log(`author ${k + 1}/${authors.length} held out`);
  }

  const thresholds: Record<string, number> = {};
  const perConcept: Record<string, { threshold: number | null; precision: number; recall: number; positives: number }> = {};
  for (const [c, j] of index) {
    if (c === NO_CONCEPT) continue;
    const positives = data.filter((d) => d.y === j).length;
    let chosen: { t: number; precision: number; recall: number } | undefined;
    for (const t of GRID) {
      let tp = 0, fp = 0;
      data.forEach((d, i) => {
        if (oof[i][j] < t) return;
        if (d.y === j) tp++;
        else fp++;
      });
      const precision = tp + fp ? tp / (tp + fp) : 0;
      if (tp && precision >= PRECISION) {
        chosen = { t, precision, recall: tp / positives };
        break;
      }
    }
    if (chosen) thresholds[c] = chosen.t;
    perConcept[c] = chosen
      ? { threshold: chosen.t, precision: +chosen.precision.toFixed(3), recall: +chosen.recall.toFixed(3), positives }
      : { threshold: null, precision: 0, recall: 0, positives };
  }
  // Over all concepts at their thresholds, on unseen authors: what is read, and how often wrongly.
  let tp = 0, fp = 0, pos = 0, livingRead = 0, living = 0;
  data.forEach((d, i) => {
    if (d.e.source === "living") living++;
    if (d.y !== index.get(NO_CONCEPT)) pos++;
    for (const [c, t] of Object.entries(thresholds)) {
      if (oof[i][index.get(c)!] < t) continue;
      if (d.y === index.get(c)) tp++;
      else {
        fp++;
        if (d.e.source === "living") livingRead++;
      }
    }
  });
  // The same, as the engine reads (engine/learned/concept-net.ts): a reading that rests on the
  // sentence's grammar words alone is not read.
  let gTp = 0, gFp = 0, gLiving = 0;
  data.forEach((d, i) => {
    for (const [c, t] of Object.entries(thresholds)) {
      const j = index.get(c)!;
      if (oof[i][j] < t) continue;
      const net = foldNets[d.e.fold];
      if (restsOnGrammar(net, d.e.text, j, readingSpan(net, d.e.text, j), t)) continue;
      if (d.y === j) gTp++;
      else {
        gFp++;
        if (d.e.source === "living") gLiving++;
      }
    }
  });
  const report = {
    trainedOn: Object.fromEntries(Object.entries(examples.reduce<Record<string, number>>((a, e) => ((a[e.source] = (a[e.source] ?? 0) + 1), a), {}))),
    precisionTarget: PRECISION,
    leaveOneAuthorOut: { recall: +(tp / pos).toFixed(3), precision: +(tp / Math.max(1, tp + fp)).toFixed(3), ordinarySentencesRead: `${livingRead}/${living}` },
    leaveOneAuthorOutWithGrammarGate: { recall: +(gTp / pos).toFixed(3), precision: +(gTp / Math.max(1, gTp + gFp)).toFixed(3), ordinarySentencesRead: `${gLiving}/${living}` },
    perConcept,
  };
  console.log(JSON.stringify(report.leaveOneAuthorOut), "with the grammar gate:", JSON.stringify(report.leaveOneAuthorOutWithGrammarGate));
  for (const [c, v] of Object.entries(perConcept)) console.log(`  ${c.padEnd(32)} threshold ${v.threshold ?? "-"}  precision ${v.precision}  recall ${v.recall}`);
  if (dry) return;
  const net = train(labels, data);
  const file: ConceptNetFile = { ...encodeNet(net, labels, CONCEPT_DIM), thresholds, report };
  writeFileSync(join(root, "engine/learned/concept-net.weights.json"), JSON.stringify(file));
  writeFileSync(join(root, "training/concepts/report.json"), `${JSON.stringify(report, null, 2)}\n`);
  // The same figures as a picture: what each concept reads on authors the net never saw.
  const bars = Object.entries(perConcept).filter(([, v]) => v.threshold !== null).sort((a, b) => b[1].recall - a[1].recall).map(([c, v]): [string, number] => [c, v.recall]);
  const figure = svgBars(`Learned symptom reader: recall on unseen authors at precision ≥ ${PRECISION}`, bars, { width: 640, format: (v) => v.toFixed(2) });
  writeFileSync(join(root, "training/concepts/recall.svg"), `${figure.replace(/^<figure>|<\/figure>$/g, "").replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ')}\n`);
  console.log("wrote engine/learned/concept-net.weights.json, training/concepts/report.json and recall.svg");
}

if (import.meta.url === `file://${process.argv[1]}`) main();
