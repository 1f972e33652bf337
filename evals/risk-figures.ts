/**
 * Figures for the risk reader on every labelled set, as the graph reads conversations
 * (safety/read-risk.ts readConversation), plus real posts:
 *
 *   npm run eval:risk                      # all sets, a table, and .psyllm/risk-figures.json
 *   npm run eval:risk -- --no-net          # the rule components alone (ablation)
 *   npm run eval:risk -- --misses FILE...  # list the misses of some sets
 *
 * Labelled sets: ../shared/cases/dev-risk.jsonl, evals/heldout/risk-*.jsonl and model-*.jsonl
 * (blind batches; from risk-g on written for the new reader and never trained on), the later blind
 * batches evals/final/risk-*.jsonl (K onwards, each scored once before its own fixes; see the
 * README), test/redteam/*.jsonl.
 * Real posts: SDCNL's test split (../shared/data/sdcnl-test.jsonl, when present): the share of
 * r/SuicideWatch posts that escalate or get the direct question, and the same for r/depression.
 * CounselChat (../shared/data/counselchat-train.jsonl): escalation on questions outside the
 * self-harm and depression topics, and on the therapists' answers (supportive text written to
 * someone else, which should almost never escalate).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readConversation } from "../safety/read-risk.js";
import { readCases, scoreCases, type RedteamReport } from "./redteam.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const data = resolve(root, "../shared/data");

function labelledSets(): string[] {
  const dev = ["dev-risk", "dev-dx"].map((n) => resolve(root, `../shared/cases/${n}.jsonl`)).filter((p) => existsSync(p));
  return [
    ...dev,
    ...readdirSync(join(root, "evals/heldout")).filter((f) => /^(?:risk|model)-.*\.jsonl$/.test(f)).sort().map((f) => join(root, "evals/heldout", f)),
    ...readdirSync(join(root, "evals/final")).filter((f) => /^risk-.*\.jsonl$/.test(f)).sort().map((f) => join(root, "evals/final", f)),
    ...readdirSync(join(root, "test/redteam")).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(root, "test/redteam", f)),
  ];
}

function readJsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function main(): void {
  const noNet = process.argv.includes("--no-net");
  const ctx = noNet ? { net: false as const } : {};
  const screen = (messages: string[]) => readConversation(messages, ctx);
  const missesFor = process.argv.includes("--misses") ? process.argv.slice(process.argv.indexOf("--misses") + 1) : undefined;
  const files = missesFor?.length ? missesFor.map((f) => resolve(f)) : labelledSets();
  const out: Record<string, unknown> = { net: !noNet, sets: {} as Record<string, Omit<RedteamReport, "misses">> };
  console.log(`risk reader${noNet ? " (rule components only)" : ""}\n`);
  console.log("set                                   cases  recall  specificity  level   severe misses");
  for (const f of files) {
    const r = scoreCases(readCases(f), screen);
    const name = f.replace(`${root}/`, "").replace(resolve(root, "..") + "/", "../");
    (out.sets as Record<string, unknown>)[name] = { ...r, misses: r.misses.filter((m) => m.kind !== "level").map((m) => `${m.kind} ${m.id}`) };
    console.log(`${name.padEnd(38)}${String(r.cases).padStart(5)}  ${String(r.recall ?? "-").padStart(6)}  ${String(r.specificity ?? "-").padStart(11)}  ${String(r.levelAccuracy ?? "-").padStart(5)}  ${r.severeMisses}`);
    if (missesFor) for (const m of r.misses) console.log(`   ${m.kind} ${m.id}: got ${m.got}, want ${m.want} :: ${m.text.slice(0, 300)}`);
  }
  if (!missesFor) {
    const sd = join(data, "sdcnl-test.jsonl");
    if (existsSync(sd)) {
      const by: Record<string, { n: number; escalated: number; asked: number; none: number }> = {};
      for (const o of readJsonl(sd)) {
        const r = screen([String(o.text ?? "")]);
        const k = String(o.subreddit);
        by[k] ??= { n: 0, escalated: 0, asked: 0, none: 0 };
        by[k].n++;
        if (r.escalate) by[k].escalated++;
        else if (r.askedDirectly) by[k].asked++;
        if (r.level === "none" && !r.askedDirectly) by[k].none++;
      }
      out.sdcnlTest = by;
      console.log("\nSDCNL test (real posts; subreddit labels)");
      for (const [k, v] of Object.entries(by)) console.log(`  r/${k}: ${v.n} posts, escalated ${v.escalated} (${(v.escalated / v.n).toFixed(3)}), asked directly ${v.asked}, neither ${v.n - v.escalated - v.asked}`);
    }
    const cc = join(data, "counselchat-train.jsonl");
    if (existsSync(cc)) {
      let q = 0, qEsc = 0, a = 0, aEsc = 0;
      for (const o of readJsonl(cc)) {
        const topics = (o.topics as string[]) ?? [];
        if (!topics.some((t) => /self-harm|depression|suicid|trauma|domestic|abuse|anger|violence/i.test(t))) {
          q++;
          if (screen([`${o.title ?? ""}. ${o.text ?? ""}`]).escalate) qEsc++;
        }
        if (typeof o.therapistAnswer === "string" && o.therapistAnswer.trim()) {
          a++;
          if (screen([o.therapistAnswer]).escalate) aEsc++;
        }
      }
      out.counselchat = { questionsOutsideRiskTopics: q, escalated: qEsc, therapistAnswers: a, answersEscalated: aEsc };
      console.log(`\nCounselChat: ${qEsc}/${q} questions outside risk topics escalate; ${aEsc}/${a} therapists' answers escalate (supportive text)`);
    }
    mkdirSync(join(root, ".psyllm"), { recursive: true });
    writeFileSync(join(root, ".psyllm/risk-figures.json"), JSON.stringify(out, null, 1));
    console.log("\nwritten .psyllm/risk-figures.json");
  }
}

main();
