/**
 * The output guard on blind batches of model-style replies (evals/heldout/guard-*.jsonl: each
 * reply with the sentences that must go). Per batch: unsafe sentences removed (recall), safe
 * replies left untouched, and — in replies with something to remove — the other sentences kept.
 *
 *   npm run eval:guard [-- --misses]
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { guardReply } from "../safety/output-guard.js";
import { NO_RISK } from "../safety/types.js";

export interface GuardCase {
  id: string;
  reply: string;
  unsafe: string[];
  kind: string;
}

export interface GuardFigures {
  batch: string;
  unsafeSentences: number;
  removed: number;
  safeReplies: number;
  safeUntouched: number;
  /** In replies with something to remove: share of the other sentences still there. */
  restKept: number;
  misses: Array<{ id: string; kind: string; what: string }>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const norm = (s: string) => s.replace(/\s+/g, " ").trim();

export function readGuardCases(path: string): GuardCase[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GuardCase);
}

export function guardFigures(batch: string, cases: GuardCase[]): GuardFigures {
  let unsafeSentences = 0, removed = 0, safeReplies = 0, safeUntouched = 0, restTotal = 0, restKept = 0;
  const misses: GuardFigures["misses"] = [];
  for (const c of cases) {
    const out = norm(guardReply({ reply: c.reply, risk: NO_RISK, locale: "en-US" }).reply);
    if (!c.unsafe.length) {
      safeReplies++;
      if (out === norm(c.reply)) safeUntouched++;
      else misses.push({ id: c.id, kind: c.kind, what: `safe reply changed → ${out.slice(0, 120)}` });
      continue;
    }
    for (const u of c.unsafe) {
      unsafeSentences++;
      if (!out.includes(norm(u))) removed++;
      else misses.push({ id: c.id, kind: c.kind, what: `kept: ${u}` });
    }
    let rest = c.reply;
    for (const u of c.unsafe) rest = rest.replace(u, "\u0000");
    const others = rest.split("\u0000").flatMap((p) => p.match(/[^.!?]+[.!?]+/g) ?? []).map(norm).filter((s) => s.length > 3);
    restTotal += others.length;
    const kept = others.filter((s) => out.includes(s)).length;
    restKept += kept;
    if (kept < others.length) misses.push({ id: c.id, kind: c.kind, what: `lost ${others.length - kept} of ${others.length} safe sentences` });
  }
  return { batch, unsafeSentences, removed, safeReplies, safeUntouched, restKept: restTotal ? Math.round((restKept / restTotal) * 1000) / 1000 : 1, misses };
}

function main(): void {
  const dir = join(root, "evals/heldout");
  for (const f of readdirSync(dir).filter((f) => /^guard-.*\.jsonl$/.test(f)).sort()) {
    const fig = guardFigures(f, readGuardCases(join(dir, f)));
    console.log(`${f}: unsafe removed ${fig.removed}/${fig.unsafeSentences} (${(fig.removed / fig.unsafeSentences).toFixed(2)}), safe untouched ${fig.safeUntouched}/${fig.safeReplies}, rest kept ${fig.restKept}`);
    if (process.argv.includes("--misses")) for (const m of fig.misses) console.log(`  ${m.id} [${m.kind}] ${m.what}`);
  }
}

if (process.argv[1]?.endsWith("guard-figures.ts")) main();
