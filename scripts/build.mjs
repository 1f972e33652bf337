#!/usr/bin/env node
/**
 * `npm run build`: the published package in dist/ — JavaScript and declarations compiled from
 * index.ts and cli/main.ts (tsconfig.build.json), plus the data files the code reads at run time
 * (lexicons, weights, knowledge, the Chroma launcher), copied to the same relative places so
 * every `new URL("./x.json", import.meta.url)` resolves in dist/ as it does in the checkout.
 * Runs before `npm pack` / `npm publish` (prepack). Plain Node, no tsx.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

/** Data read at run time: [folder, file-name test]. Kept here, in one place, beside the build. */
const RESOURCES = [
  ["knowledge", (f) => f.endsWith(".json")],
  ["safety", (f) => f.endsWith(".json")],
  ["engine", (f) => f.endsWith(".json")],
  ["retrieval", (f) => f.endsWith(".mjs")],
  ["evals", (f) => f === "hand-scores.jsonl"],
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
    if (!wanted(file.slice(file.lastIndexOf("/") + 1))) continue;
    const target = join(dist, relative(root, file));
    // Only where code was compiled: a data file no shipped module can reach stays out.
    if (!existsSync(dirname(target)) && !folder.startsWith("knowledge")) continue;
    cpSync(file, target);
    copied++;
  }
}
chmodSync(join(dist, "cli/main.js"), 0o755);
console.error(`build: dist/ written (${copied} data files) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
