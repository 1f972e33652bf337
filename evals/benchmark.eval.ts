/**
 * The team benchmark as a LangSmith experiment (langsmith/vitest): one dataset example per
 * case, the counselor's final assessment as outputs, and feedback per objective metric and
 * CPsyCoun dimension. Opt-in, needs LANGSMITH_API_KEY:
 *   LANGSMITH_TRACING=true LANGSMITH_API_KEY=... npx vitest run --config vitest.eval.config.ts
 * (Offline, leave LANGSMITH_TRACING unset; `npm run psyllm -- eval` writes local traces.)
 */
import { MemorySaver } from "@langchain/langgraph";
import * as ls from "langsmith/vitest";
import { describe } from "vitest";
import { createCounselor } from "../graphs/counselor.js";
import { loadCases } from "./datasets.js";
import { offlineScores } from "./judge-offline.js";

const { cases } = loadCases("evals/benchmark", process.env.PSYLLM_EVAL_LIMIT ? Number(process.env.PSYLLM_EVAL_LIMIT) : undefined);
const enabled = !!process.env.LANGSMITH_API_KEY;
const suite = enabled ? ls.describe : describe.skip;

suite("psyllm team benchmark", () => {
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
