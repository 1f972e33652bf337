/**
 * Conversational administration of PHQ-9 and GAD-7: the app asks one item at a time in plain
 * words, the person answers in their own words or with 0–3, and the result carries the score,
 * the severity band and, for PHQ-9 item 9, the flag that a risk assessment is needed.
 * Both questionnaires are free to use; item wording here is a close paraphrase.
 */
import { severityBand, type ScreenerId } from "./screeners.js";

const STEM = "Over the last two weeks, how often have you been bothered by";

export const SCREENER_ITEMS: Record<ScreenerId, string[]> = {
  "PHQ-9": [
    "little interest or pleasure in doing things",
    "feeling down, depressed or hopeless",
    "trouble falling or staying asleep, or sleeping too much",
    "feeling tired or having little energy",
    "poor appetite or overeating",
    "feeling bad about yourself, or that you are a failure or have let yourself or your family down",
    "trouble concentrating on things, such as reading or watching television",
    "moving or speaking so slowly that other people could have noticed, or the opposite, being so fidgety or restless that you have been moving around a lot more than usual",
    "thoughts that you would be better off dead, or of hurting yourself in some way",
  ],
  "GAD-7": [
    "feeling nervous, anxious or on edge",
    "not being able to stop or control worrying",
    "worrying too much about different things",
    "trouble relaxing",
    "being so restless that it is hard to sit still",
    "becoming easily annoyed or irritable",
    "feeling afraid as if something awful might happen",
  ],
};

export const ANSWER_SCALE = "not at all (0), several days (1), more than half the days (2), or nearly every day (3)";

/** Reads an answer: a digit 0–3 or the scale's words and common paraphrases. Null when unclear. */
export function parseAnswer(text: string): number | null {
  const t = text.toLowerCase().trim();
  const digit = /^\s*([0-3])\b/.exec(t);
  if (digit) return Number(digit[1]);
  if (/\b(nearly|almost) (every|all)|every ?day|all the time|constantly|daily\b/.test(t)) return 3;
  if (/more than half|most days|often|a lot|usually/.test(t)) return 2;
  if (/several days|some days|sometimes|a few (days|times)|occasionally|a bit|a little/.test(t)) return 1;
  if (/^(no|nope|never|not at all|none|nah)\b|not really|hardly ever/.test(t)) return 0;
  return null;
}

export interface AdministrationState {
  screener: ScreenerId;
  /** Answers so far, in item order. */
  answers: number[];
}

export type AdministrationStep =
  | { kind: "question"; item: number; text: string }
  | { kind: "clarify"; item: number; text: string }
  | { kind: "result"; score: number; band: string; riskFollowUpNeeded: boolean; answers: number[] };

export function startScreener(screener: ScreenerId): { state: AdministrationState; step: AdministrationStep } {
  const state = { screener, answers: [] };
  return { state, step: question(state) };
}

function question(state: AdministrationState): AdministrationStep {
  const n = state.answers.length;
  return { kind: "question", item: n + 1, text: `${STEM} ${SCREENER_ITEMS[state.screener][n]}? You can answer ${ANSWER_SCALE}.` };
}

/** Records the answer to the current item and returns the next step (question, clarification or result). */
export function answerScreener(state: AdministrationState, reply: string): { state: AdministrationState; step: AdministrationStep } {
  const items = SCREENER_ITEMS[state.screener];
  if (state.answers.length >= items.length) throw new Error(`${state.screener} is already complete`);
  const value = parseAnswer(reply);
  if (value === null) {
    const n = state.answers.length + 1;
    return { state, step: { kind: "clarify", item: n, text: `Thanks — roughly how often would you say: ${ANSWER_SCALE}?` } };
  }
  const next = { ...state, answers: [...state.answers, value] };
  if (next.answers.length < items.length) return { state: next, step: question(next) };
  const score = next.answers.reduce((a, b) => a + b, 0);
  return {
    state: next,
    step: {
      kind: "result",
      score,
      band: severityBand(next.screener, score),
      // PHQ-9 item 9 above zero always needs a risk assessment, whatever the total.
      riskFollowUpNeeded: next.screener === "PHQ-9" && next.answers[8] > 0,
      answers: next.answers,
    },
  };
}
