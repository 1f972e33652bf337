/**
 * What retrieval adds to the model path: the same labelled cases run through the graph with
 * the Chroma retriever and without it (the engine's candidates alone). Measured per case after
 * its last turn:
 *   - candidate recall: the right condition (a `dx` prefix) is among the conditions the model
 *     is shown (state.candidates) — what a model can only cite if it is there;
 *   - how many of the right candidates came from retrieval alone;
 *   - the offline differential's top-3 (retrieval's score also weighs in the engine).
 *
 *   npm run eval:ablation [-- --files evals/heldout/mood-a.jsonl,...]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { MemorySaver } from "@langchain/langgraph";
import { createCounselor } from "../graphs/counselor.js";
import { CONDITIONS } from "../knowledge/index.js";
import { emptyRetriever } from "../test/fixtures/fake-retriever.js";

interface DxCase {
  id: string;
  messages: string[];
  dx: string[];
}

const codesOf = (id: string) => {
  const c = CONDITIONS.find((x) => x.id === id);
  return c ? [c.codes.icd10cm, ...(c.specifiers ?? []).map((s) => s.icd10cm)] : [];
};
const right = (codes: string[], dx: string[]) => codes.some((code) => dx.some((p) => code.startsWith(p)));

export async function ablation(cases: DxCase[], withRetrieval: boolean): Promise<{ candidateRecall: number; fromRetrievalOnly: number; top3: number; n: number }> {
  const counselor = await createCounselor({
    checkpointer: new MemorySaver(),
    configuration: { now: "2026-11-23T12:00:00Z", ...(withRetrieval ? {} : { retriever: emptyRetriever() }) },
  });
  let inCandidates = 0, retrievalOnly = 0, top3 = 0;
  try {
    for (const c of cases) {
      for (const m of c.messages) await counselor.send(`ab-${c.id}`, m);
      const state = (await counselor.state(`ab-${c.id}`))!;
      const hit = state.candidates.find((k) => right(codesOf(k.conditionId), c.dx));
      if (hit) inCandidates++;
      if (hit && !hit.from.includes("engine")) retrievalOnly++;
      if (state.differential.slice(0, 3).some((d) => right([d.icd10cm], c.dx))) top3++;
    }
  } finally {
    await counselor.close();
  }
  const n = cases.length;
  return { n, candidateRecall: Math.round((inCandidates / n) * 1000) / 1000, fromRetrievalOnly: retrievalOnly, top3: Math.round((top3 / n) * 1000) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { files: { type: "string" } } });
  const dir = join(import.meta.dirname, "heldout");
  const files = values.files?.split(",") ?? readdirSync(dir).filter((f) => /^(mood|anxiety|trauma|other|model)-.*\.jsonl$/.test(f)).map((f) => join(dir, f));
  const cases: DxCase[] = files.flatMap((f) =>
    readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as DxCase).filter((c) => Array.isArray(c.dx) && c.dx.length > 0 && c.messages?.length),
  );
  const on = await ablation(cases, true);
  const off = await ablation(cases, false);
  console.log(`${cases.length} labelled cases from ${files.length} files`);
  console.log(`retrieval on : right condition among the model's candidates ${on.candidateRecall} (${on.fromRetrievalOnly} only through retrieval); engine top-3 ${on.top3}`);
  console.log(`retrieval off: right condition among the model's candidates ${off.candidateRecall}; engine top-3 ${off.top3}`);
}

if (process.argv[1]?.endsWith("retrieval-ablation.ts")) await main();
