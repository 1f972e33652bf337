/**
 * Scripted model answers for the back-end tests: valid answers per task that tests then
 * spoil in one place (a hallucinated code, a fabricated quote, a lowered risk, a fault).
 */
import type { FakeReply, FakeRequest, FakeScript } from "../fixtures/fake-openai-server.js";

export const DEPRESSED =
  "For about a month I just feel empty and nothing is fun anymore, not even football. I wake up at 4am every day and I'm exhausted all the time.";

export function extraction(overrides: Partial<{ findings: unknown[]; risk: unknown }> = {}) {
  return {
    findings: [
      { concept: "emptiness", quote: "I just feel empty", negated: false, historical: false, hypothetical: false, aboutSomeoneElse: false, hedged: false },
      { concept: "anhedonia", quote: "nothing is fun anymore", negated: false, historical: false, hypothetical: false, aboutSomeoneElse: false, hedged: false },
      { concept: "early_morning_waking", quote: "I wake up at 4am every day", negated: false, historical: false, hypothetical: false, aboutSomeoneElse: false, hedged: false },
      { concept: "fatigue", quote: "exhausted all the time", negated: false, historical: false, hypothetical: false, aboutSomeoneElse: false, hedged: false },
    ],
    risk: { level: "none", escalate: false, flags: [], evidence: [] },
    ...overrides,
  };
}

export function reasoning(overrides: Partial<{ differential: unknown[]; modality: unknown; followUp: string | null }> = {}) {
  return {
    differential: [
      {
        icd10cm: "F32.9",
        status: "possible",
        likelihood: 0.7,
        criteria: [
          { id: "MDD.A1", met: true, evidence: "I just feel empty" },
          { id: "MDD.A2", met: true, evidence: "nothing is fun anymore" },
          { id: "MDD.A4", met: true, evidence: "I wake up at 4am every day" },
          { id: "MDD.A6", met: true, evidence: "exhausted all the time" },
        ],
        rationale: "low mood and loss of pleasure for a month with sleep and energy changes",
      },
    ],
    modality: { primary: "BA", alternatives: ["CBT"], technique: "activity scheduling", rationale: "activity before motivation" },
    followUp: "How has your appetite been lately?",
    ...overrides,
  };
}

export const REPLY = "It sounds like everything has gone flat for you this past month, even football. Could we pick one small thing you used to enjoy and plan it for tomorrow? How has your appetite been lately?";

/** One clinical_reading answer: the extraction's findings and risk with the reasoning's differential, modality and question. */
export function reading(overrides: Partial<{ findings: unknown[]; risk: unknown; differential: unknown[]; modality: unknown; followUp: string | null }> = {}) {
  return { ...extraction(), ...reasoning(), ...overrides };
}

export type Answers = { reading?: () => FakeReply; reply?: () => FakeReply };

/** Answers each task validly unless a test replaces that task's answer. */
export function scripted(answers: Answers = {}): FakeScript {
  return (req: FakeRequest) => {
    if (req.schemaName === "clinical_reading") return answers.reading?.() ?? { json: reading() };
    return answers.reply?.() ?? { text: REPLY };
  };
}

/** Answers a task with each reply in turn, then repeats the last one. */
export function sequence(...replies: FakeReply[]): () => FakeReply {
  let i = 0;
  return () => replies[Math.min(i++, replies.length - 1)];
}
