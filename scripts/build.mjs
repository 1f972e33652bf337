#!/usr/bin/env node
/**
 * `npm run build`: the published package in dist/ — JavaScript and declarations compiled from
 * index.ts and cli/main.ts (tsconfig.build.json), plus the data files the code reads at run time
 * (lexicons, weights, knowledge, the Chroma launcher), copied to the same relative places so
 * every `new URL("./x.json", import.meta.url)` resolves in dist/ as it does in the checkout.
 * Runs before `npm pack` / `npm publish` (prepack). Plain Node, no tsx.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

/** Data read at run time: [folder, test on the path inside the repository]. Kept here, in one place, beside the build. */
const RESOURCES = [
  ["knowledge", (p) => p.endsWith(".json")],
  ["safety", (p) => p.endsWith(".json") || p.endsWith(".txt") || p.endsWith(".COPYRIGHT")],
  ["engine", (p) => p.endsWith(".json")],
  ["retrieval", (p) => p.endsWith(".mjs")],
  // The PII scrubber's word lists (given names, surnames, places, common words).
  ["synthesis", (p) => p.endsWith(".txt") || p.endsWith(".json") || p.endsWith(".COPYRIGHT")],
  // The eval command's judge agreement and its default dataset (the team benchmark, 44 KB).
  ["evals", (p) => p === "evals/hand-scores.jsonl" || /^evals\/benchmark\/[^/]+\.jsonl$/.test(p)],
];

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "heldout" && name !== "reports") out.push(...walk(path));
    } else out.push(path);
  }
  return out;
}

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const compiled = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: ["ignore", 2, 2] } /* to stderr: `npm pack --json` owns stdout */);
if (compiled.status !== 0) {
  console.error("build: the TypeScript compile failed (see above); dist/ is incomplete");
  process.exit(1);
}
let copied = 0;
for (const [folder, wanted] of RESOURCES) {
  for (const file of walk(join(root, folder))) {
    if (!wanted(relative(root, file))) continue;
    const target = join(dist, relative(root, file));
    cpSync(file, target);
    copied++;
  }
}
chmodSync(join(dist, "cli/main.js"), 0o755);
console.error(`build: dist/ written (${copied} data files) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
