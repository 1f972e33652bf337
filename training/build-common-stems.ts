/**
 * Builds the list of common stems the reply planner leaves out when it asks whether a sentence of
 * the knowledge base shares the person's *situation*, not only their words (engine/reply/fit.ts).
 * "want", "year", "home", "work", "told", "down" are shared by any two texts about a life; a
 * sentence that meets a message only on them is somebody else's advice.
 *
 * A stem is common when either
 *   - a word that stems to it is among the commonest English words (GloVe 6B's vocabulary in
 *     frequency order, safety/vocab/word-frequency.txt: rank below COMMON_RANK), or
 *   - it appears in at least REGISTER_SHARE of the messages people write to us (our own authored
 *     training messages: training/topics and training/risk, authored-*.jsonl) — the words of the
 *     help-seeking register ("feel", "keep", "week", "mum").
 *
 *   npm run build:common-stems        # writes engine/reply/common-stems.json
 *
 * Reproducible: the same files give the same list.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stemWord, stems } from "../engine/reply/phrasing.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** GloVe ranks below this are everyday English (the list holds ranks, not positions: about 1,100 words). */
export const COMMON_RANK = 1200;
/** A stem in this share of our authored messages or more belongs to the register. */
export const REGISTER_SHARE = 0.05;

function authoredTexts(): string[] {
  const out: string[] = [];
  for (const dir of ["training/topics", "training/risk"]) {
    for (const f of readdirSync(join(root, dir)).sort()) {
      if (!/^authored-.*\.jsonl$/.test(f)) continue;
      for (const line of readFileSync(join(root, dir, f), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const o = JSON.parse(line) as { text?: string; messages?: string[] };
        out.push(o.text ?? (o.messages ?? []).join("\n"));
      }
    }
  }
  return out;
}

function main(): void {
  const common = new Set<string>();
  for (const line of readFileSync(join(root, "safety/vocab/word-frequency.txt"), "utf8").split("\n")) {
    const [word, rank] = line.split("\t");
    if (!word || Number(rank) >= COMMON_RANK || !/^[a-z']+$/.test(word)) continue;
    const s = stemWord(word);
    if (s) common.add(s);
  }
  const fromEnglish = common.size;
  const texts = authoredTexts();
  const df = new Map<string, number>();
  for (const t of texts) for (const s of stems(t)) df.set(s, (df.get(s) ?? 0) + 1);
  for (const [s, n] of df) if (n / texts.length >= REGISTER_SHARE) common.add(s);
  const list = [...common].sort();
  writeFileSync(
    join(root, "engine/reply/common-stems.json"),
    `${JSON.stringify({ about: `Stems of everyday English (GloVe 6B rank < ${COMMON_RANK}) and of the help-seeking register (in >= ${REGISTER_SHARE * 100}% of ${texts.length} authored messages). Built by training/build-common-stems.ts.`, stems: list })}\n`,
  );
  console.log(`common stems: ${list.length} (${fromEnglish} from everyday English, ${list.length - fromEnglish} more from ${texts.length} authored messages) → engine/reply/common-stems.json`);
}

main();
