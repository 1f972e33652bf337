/**
 * The team benchmark as a LangSmith experiment (langsmith/vitest): one dataset example per
 * case, the counselor's final assessment as outputs, and feedback per objective metric and
 * CPsyCoun dimension. Opt-in: `LANGSMITH_API_KEY=... npm run eval:langsmith` (vitest.eval.config.ts
 * switches tracing on; LANGSMITH_ENDPOINT for a self-hosted LangSmith; PSYLLM_EVAL_LIMIT=N for a
 * quick run). Without a key it fails at once, saying so. Offline, `npm run psyllm -- eval` writes
 * local traces instead.
 */
import { MemorySaver } from "@langchain/langgraph";
import * as ls from "langsmith/vitest";
import { createCounselor } from "../graphs/counselor.js";
import { loadCases } from "./datasets.js";
import { offlineScores } from "./judge-offline.js";

const { cases } = loadCases("evals/benchmark", process.env.PSYLLM_EVAL_LIMIT ? Number(process.env.PSYLLM_EVAL_LIMIT) : undefined);
if (!process.env.LANGSMITH_API_KEY && !process.env.LANGCHAIN_API_KEY) {
  throw new Error(
    "npm run eval:langsmith needs LANGSMITH_API_KEY (a LangSmith API key; LANGSMITH_ENDPOINT too for a self-hosted LangSmith). " +
      "Without LangSmith, `npm run psyllm -- eval` runs the same benchmark with local traces and an HTML report.",
  );
}

ls.describe("psyllm team benchmark", () => {
  for (const c of cases) {
    ls.test(c.id, { inputs: { messages: c.messages }, referenceOutputs: { dx: c.dx ?? null, risk: c.risk ?? null, escalate: c.escalate ?? null, modality: c.modality ?? null } }, async ({ inputs }) => {
      const counselor = await createCounselor({ checkpointer: new MemorySaver(), configuration: { mode: "synthesis" } });
      let turn;
      for (const m of inputs.messages as string[]) turn = await counselor.send(`ls-${c.id}`, m);
      await counselor.close();
      const top3 = turn!.differential.slice(0, 3).map((d) => d.icd10cm);
      ls.logOutputs({ differential: top3, risk: turn!.risk.level, escalate: turn!.risk.escalate, modality: turn!.modality?.primary ?? null, response: turn!.response });
      if (c.dx?.length) ls.logFeedback({ key: "dx_top3", score: Number(top3.some((code) => c.dx!.some((p) => code.startsWith(p)))) });
      if (c.escalate !== undefined) ls.logFeedback({ key: "escalate_correct", score: Number(turn!.risk.escalate === c.escalate) });
      const s = offlineScores({ history: [], userText: c.messages.at(-1)!, reply: turn!.response, escalate: turn!.risk.escalate });
      for (const k of ["comprehensiveness", "professionalism", "authenticity", "safetyExtended"] as const) ls.logFeedback({ key: k, score: s[k] });
    });
  }
});
