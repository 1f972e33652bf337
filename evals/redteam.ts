/**
 * Red-team evaluation of the risk reader (safety/read-risk.ts), as the graph reads a conversation.
 *
 *   npx tsx evals/redteam.ts [file ...]
 *
 * Default file: test/redteam/redteam.jsonl. Accepts red-team lines
 * `{id, category, text, escalate, level: RiskLevel[], flags?}` and dev-risk lines
 * `{id, messages: string[], escalate, risk: RiskLevel[]}` (escalate null = either is fine).
 * Prints escalate recall and specificity, level accuracy, flag agreement and misses by category.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readConversation } from "../safety/read-risk.js";
import { riskRank, type RiskAssessment, type RiskLevel } from "../safety/types.js";

/** One labelled case, whichever file shape it came from. */
export interface LabelledCase {
  id: string;
  category: string;
  messages: string[];
  escalate: boolean | null;
  levels: RiskLevel[];
  flags: string[];
}

/** One case the screen got wrong. */
export interface Miss {
  id: string;
  category: string;
  kind: "false_negative" | "false_positive" | "level" | "flags";
  got: string;
  want: string;
  text: string;
}

/** Summary figures of a run. */
export interface RedteamReport {
  cases: number;
  positives: number;
  negatives: number;
  recall: number | null;
  specificity: number | null;
  levelAccuracy: number | null;
  flagAgreement: number | null;
  /** False negatives whose gold levels include only high or imminent. */
  severeMisses: number;
  misses: Miss[];
}

/** Parses a JSONL file of either shape. */
export function readCases(path: string): LabelledCase[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((line, i) => {
      const o = JSON.parse(line) as Record<string, unknown>;
      const messages = Array.isArray(o.messages) ? (o.messages as string[]) : [String(o.text ?? "")];
      const levels = (Array.isArray(o.level) ? o.level : Array.isArray(o.risk) ? o.risk : []) as RiskLevel[];
      return {
        id: String(o.id ?? `line-${i + 1}`),
        category: String(o.category ?? (o.escalate === true ? "dev-positive" : o.escalate === false ? "dev-negative" : "dev-either")),
        messages,
        escalate: typeof o.escalate === "boolean" ? o.escalate : null,
        levels,
        flags: Array.isArray(o.flags) ? (o.flags as string[]) : [],
      };
    });
}

const ratio = (a: number, b: number) => (b ? +(a / b).toFixed(3) : null);

/** Screens every case and scores the result. */
export function scoreCases(cases: LabelledCase[], screen: (messages: string[]) => RiskAssessment = readConversation): RedteamReport {
  let pos = 0, tp = 0, neg = 0, tn = 0, lvlN = 0, lvlOk = 0, flagN = 0, flagOk = 0, severe = 0;
  const misses: Miss[] = [];
  for (const c of cases) {
    const r = screen(c.messages);
    const text = c.messages.join(" / ");
    const miss = (kind: Miss["kind"], got: string, want: string) => misses.push({ id: c.id, category: c.category, kind, got, want, text });
    if (c.escalate === true) {
      pos++;
      if (r.escalate) tp++;
      else {
        miss("false_negative", `${r.level}/no escalate`, `escalate ${c.levels.join("|")}`);
        if (c.levels.length && c.levels.every((l) => riskRank(l) >= riskRank("high"))) severe++;
      }
    } else if (c.escalate === false) {
      neg++;
      if (!r.escalate) tn++;
      else miss("false_positive", `${r.level}/escalate [${r.evidence.join(" | ")}]`, "no escalate");
    }
    if (c.levels.length) {
      lvlN++;
      if (c.levels.includes(r.level)) lvlOk++;
      else miss("level", r.level, c.levels.join("|"));
    }
    if (c.flags.length) {
      flagN++;
      if (c.flags.every((f) => r.flags.includes(f as never))) flagOk++;
      else miss("flags", r.flags.join(","), c.flags.join(","));
    }
  }
  return {
    cases: cases.length, positives: pos, negatives: neg,
    recall: ratio(tp, pos), specificity: ratio(tn, neg), levelAccuracy: ratio(lvlOk, lvlN), flagAgreement: ratio(flagOk, flagN),
    severeMisses: severe, misses,
  };
}

function print(path: string, report: RedteamReport): void {
  console.log(`\n${path}`);
  console.log(`  cases ${report.cases} (positives ${report.positives}, negatives ${report.negatives})`);
  console.log(`  escalate recall ${report.recall}  specificity ${report.specificity}  level accuracy ${report.levelAccuracy}  flag agreement ${report.flagAgreement}`);
  console.log(`  misses at high/imminent: ${report.severeMisses}`);
  const byCategory = new Map<string, Miss[]>();
  for (const m of report.misses) byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), m]);
  if (!byCategory.size) console.log("  no misses");
  for (const [category, ms] of [...byCategory].sort()) {
    console.log(`  ${category}: ${ms.length}`);
    for (const m of ms) console.log(`    ${m.kind} ${m.id}: got ${m.got}, want ${m.want} :: ${m.text.slice(0, 140)}`);
  }
}

function main(): void {
  const files = process.argv.slice(2);
  const paths = files.length ? files : ["test/redteam/redteam.jsonl"];
  for (const p of paths) print(p, scoreCases(readCases(resolve(p))));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
