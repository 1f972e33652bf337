/**
 * `npm run eval:judge -- [--replies OUT.jsonl]`: is the offline judge worth trusting?
 *
 * 1. Ranking. On CounselChat's training split (../shared/data), the top-voted licensed
 *    therapist's answer to each question must score above weak replies to the same question:
 *    a stock reply ("That sounds really hard. What feels hardest right now?"), and another
 *    therapist's good answer to a *different* question (right form, wrong content — the case a
 *    template checker cannot see). Figures: the share of questions where the therapist wins
 *    (ties count half), the mean totals, and psyllm's own replies (`--replies`, an `assess`
 *    output on the same questions) for comparison.
 * 2. Agreement with blind ratings (evals/blind-ratings.jsonl: scores a rater wrote before anyone
 *    knew which reply was whose). Therapist answers are read from the data by id; psyllm's replies
 *    from `--replies`, and only when the reply text still hashes to the rated one (a changed
 *    engine makes an old rating stale, and it is left out rather than misapplied).
 * Prints JSON; no data text is stored anywhere in the repository.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { agreement, type Agreement } from "./agreement.js";
import { DIMENSIONS, SCALE_MAX } from "./judge.js";
import { batchSentenceCounts, offlineScores } from "./judge-offline.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const COUNSELCHAT = resolve(root, "../shared/data/counselchat-train.jsonl");
export const BLIND_RATINGS = resolve(root, "evals/blind-ratings.jsonl");

interface Question {
  id: string;
  text: string;
  therapist: string;
}

/** One blind rating: who wrote the rated reply, and the scores given before anyone knew. */
export interface BlindRating {
  ccId: string;
  who: "therapist" | "psyllm";
  /** sha256 of the rated reply (hex, first 16): a psyllm rating applies only to that exact text. */
  replyHash: string;
  rater: string;
  comprehensiveness: number;
  professionalism: number;
  authenticity: number;
  safety: number;
}

export const replyHash = (text: string) => createHash("sha256").update(text.trim()).digest("hex").slice(0, 16);

const STOCK = "Thank you for sharing this with me. That sounds really hard, and it makes sense that you feel this way. What feels hardest for you right now?";

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

const total = (s: { comprehensiveness: number; professionalism: number; authenticity: number; safety: number }) => s.comprehensiveness + s.professionalism + s.authenticity + s.safety;

export interface Calibration {
  questions: number;
  therapistBeatsStock: number;
  therapistBeatsMismatched: number;
  meanTotal: Record<string, number>;
  blindAgreement?: Record<string, Agreement> & { n: number; stale: number };
}

export function calibrate(questions: Question[], psyllm?: Map<string, string>, ratings: BlindRating[] = []): Calibration {
  const score = (id: string, text: string, reply: string, batch?: Map<string, number>) => total(offlineScores({ history: [], userText: text, reply, escalate: false, ...(batch ? { batchSentences: batch } : {}) }));
  const ours = psyllm ? questions.filter((q) => psyllm.has(q.id)) : [];
  const oursBatch = psyllm ? batchSentenceCounts(ours.map((q) => psyllm.get(q.id)!)) : undefined;
  let beatsStock = 0;
  let beatsMismatched = 0;
  const sums: Record<string, number> = { therapist: 0, stock: 0, mismatched: 0 };
  questions.forEach((q, i) => {
    const other = questions[(i + Math.floor(questions.length / 2)) % questions.length];
    const t = score(q.id, q.text, q.therapist);
    const s = score(q.id, q.text, STOCK);
    const m = score(q.id, q.text, other.therapist);
    sums.therapist += t;
    sums.stock += s;
    sums.mismatched += m;
    beatsStock += t > s ? 1 : t === s ? 0.5 : 0;
    beatsMismatched += t > m ? 1 : t === m ? 0.5 : 0;
  });
  const n = questions.length || 1;
  const meanTotal: Record<string, number> = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, +(v / n).toFixed(2)]));
  if (ours.length) meanTotal.psyllm = +(ours.reduce((a, q) => a + score(q.id, q.text, psyllm!.get(q.id)!, oursBatch), 0) / ours.length).toFixed(2);
  const out: Calibration = { questions: questions.length, therapistBeatsStock: +(beatsStock / n).toFixed(3), therapistBeatsMismatched: +(beatsMismatched / n).toFixed(3), meanTotal };

  const byId = new Map(questions.map((q) => [q.id, q]));
  const judged: Array<{ rating: BlindRating; scores: ReturnType<typeof offlineScores> }> = [];
  let stale = 0;
  for (const r of ratings) {
    const q = byId.get(r.ccId);
    if (!q) continue;
    const reply = r.who === "therapist" ? q.therapist : psyllm?.get(r.ccId);
    if (!reply || replyHash(reply) !== r.replyHash) {
      stale++;
      continue;
    }
    judged.push({ rating: r, scores: offlineScores({ history: [], userText: q.text, reply, escalate: false, ...(r.who === "psyllm" && oursBatch ? { batchSentences: oursBatch } : {}) }) });
  }
  if (judged.length) {
    const a = { n: judged.length, stale } as Record<string, Agreement> & { n: number; stale: number };
    for (const d of DIMENSIONS) a[d] = agreement(judged.map((j) => j.scores[d]), judged.map((j) => Math.round(j.rating[d])), SCALE_MAX[d]);
    const totals = agreement(judged.map((j) => total(j.scores)), judged.map((j) => Math.round(total(j.rating))), 9);
    a.total = totals;
    out.blindAgreement = a;
  }
  return out;
}

export function loadCounselChat(path = COUNSELCHAT): Question[] {
  return readJsonl<{ id: string; title?: string; text: string; therapistAnswer: string }>(path).map((o) => ({ id: o.id, text: `${o.title ? `${o.title}\n` : ""}${o.text}`, therapist: o.therapistAnswer }));
}

function main(): void {
  const { values } = parseArgs({ options: { replies: { type: "string" }, data: { type: "string" } } });
  const data = values.data ?? COUNSELCHAT;
  if (!existsSync(data)) {
    console.error(`judge calibration needs CounselChat at ${data} (see ../shared/data/README.md)`);
    process.exit(2);
  }
  const psyllm = values.replies ? new Map(readJsonl<{ id: string; response?: string }>(values.replies).filter((o) => typeof o.response === "string").map((o) => [String(o.id), o.response!])) : undefined;
  const ratings = existsSync(BLIND_RATINGS) ? readJsonl<BlindRating>(BLIND_RATINGS) : [];
  console.log(JSON.stringify(calibrate(loadCounselChat(data), psyllm, ratings), null, 1));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
