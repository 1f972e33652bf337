/**
 * The reply when the person writes about someone else's difficulties (a parent about a son, a
 * partner about a partner): the writer is the one in the conversation, so the reply reflects
 * their worry, names what they have noticed in their own words, says what kind of help fits the
 * person they describe, and asks the next useful thing. No labels, as everywhere.
 */
import { conditionById } from "../knowledge/index.js";
import type { ConditionFamily } from "../knowledge/types.js";
import { UNNAMED } from "./discourse-subject.js";
import { planReply } from "./reply/plan-reply.js";
import { warrantsUrgentReferral } from "./urgent-referral.js";
import type { DifferentialEntry, EpisodeTiming, SymptomFinding } from "./types.js";

/** What helps, said to the carer, by the family of the leading impression (NICE guidance on involving families). */
const CARER_GUIDANCE: Partial<Record<ConditionFamily, string>> = {
  psychotic: "Early help makes a real difference with experiences like these, so it's worth them seeing a GP or the local mental health team soon; staying calm and not arguing about what they believe usually helps them trust you.",
  "feeding-eating": "Changes around eating and weight are worth acting on early: a GP appointment soon is a good first step, and for young people the treatments that work best involve the family, so your support really matters.",
  substance: "Arguments rarely change drinking or drug use, but calm, specific conversations at a sober moment can, and there are approaches that help families encourage someone towards support while looking after themselves.",
  depressive: "Letting them know, gently and without pressure, that you've noticed and that you're there can mean a lot; a GP or counsellor is a good place for them to start.",
  bipolar: "Big changes in sleep, energy and spending like this are worth a doctor's opinion soon; it helps to choose a calm moment and speak about what you've seen rather than what you think it means.",
  anxiety: "Reassurance helps in the moment, but gently supporting them to face things step by step tends to help more over time, and a GP or therapist can guide that.",
  "obsessive-compulsive": "It's natural to help with the rituals or reassure, but that can keep the fear going; therapists who work with this often involve family, and a GP can refer them.",
  neurodevelopmental: "A proper assessment can make sense of this and open up practical support; a GP or school can start that process.",
  "trauma-stressor": "After something frightening, feeling safe and not pushed to talk before they're ready helps; if it goes on, therapies that help people process what happened work well.",
  personality: "Intense ups and downs in relationships can be exhausting for everyone; specialist therapies help, and so does support for you.",
};
/** Where a condition needs other advice than its family's. */
const CARER_GUIDANCE_BY_CONDITION: Record<string, string> = {
  hoarding: "Clearing things out for them, or pushing them to, usually makes things worse; going at their pace and starting with safety (clear paths, fire risk) works better, and a GP can refer them for specialist help.",
};
const DEFAULT_GUIDANCE = "What you're noticing is worth taking seriously, and a GP or mental health professional is a good first step; you can often go with them or share what you've seen beforehand.";

/** A carer's question, in their terms: how long, how the person copes, and how the writer is. */
export const CARER_QUESTIONS = {
  duration: (who: string) => `How long has ${who} been like this?`,
  functioning: (who: string) => `How is ${who} managing day to day — with school, work, friends or looking after themselves?`,
  wellbeing: () => "And how are you holding up with all of this?",
};

export interface CarerReplyInput {
  who: string;
  /** This turn's findings about the person described. */
  theirFindings: SymptomFinding[];
  differential: DifferentialEntry[];
  timing: EpisodeTiming;
  followUp: string | null;
  turn: number;
  /** The carer's latest message. */
  userText?: string;
  /** The counsellor's earlier replies in this thread. */
  previousReplies?: string[];
  /** Questions already asked in this thread. */
  asked?: string[];
  /** The person's earlier messages in this thread, joined. */
  earlierText?: string;
  /** Say only what the carer's own words carry (configuration `replyStyle: "grounded"`). */
  grounded?: boolean;
}

/**
 * The carer's reply, planned like every reply (their question answered from the topic's "how to
 * help someone" pool, their own facts reflected), with the guidance that fits the person they
 * describe and a word for the carer's own wellbeing.
 */
export function composeCarerReply(input: CarerReplyInput): string {
  const mustSay: string[] = [];
  const top = input.differential.find((d) => d.status !== "rule-out");
  let family: string | undefined;
  if (top && top.likelihood >= 0.3) {
    const condition = conditionById(top.conditionId);
    family = condition?.family;
    const urgent = warrantsUrgentReferral(top);
    const guidance = (condition && (CARER_GUIDANCE_BY_CONDITION[condition.id] ?? CARER_GUIDANCE[condition.family])) ?? DEFAULT_GUIDANCE;
    mustSay.push(urgent ? `${guidance} If they are ever in danger or you fear for their safety, call emergency services.` : guidance);
  }
  const text = input.userText ?? input.theirFindings.map((f) => f.quote).join(". ");
  const planned = planReply({
    userText: text,
    previousReplies: input.previousReplies ?? [],
    asked: input.asked ?? [],
    earlierText: input.earlierText ?? "",
    turn: input.turn,
    heavy: false,
    ...(family ? { family } : {}),
    ...(input.followUp ? { engineQuestion: { question: input.followUp, fits: true } } : {}),
    carerFor: spoken(input.who),
    mustSay,
    ...(input.grounded ? { grounded: true } : {}),
  });
  return planned.text;
}

/** The person as the reply says them: an unnamed "them" ("How long has them been …") becomes "this person". */
export function spoken(who: string): string {
  return who === UNNAMED ? "this person" : who;
}

/** The carer's next question: duration first when unknown, then day-to-day impact, then the writer's own wellbeing. */
export function carerFollowUp(whoever: string, timing: EpisodeTiming, asked: string[]): string | null {
  const who = spoken(whoever);
  const order = [timing.durationDays === undefined && !timing.lifelong ? CARER_QUESTIONS.duration(who) : undefined, CARER_QUESTIONS.functioning(who), CARER_QUESTIONS.wellbeing()];
  return order.find((q): q is string => q !== undefined && !asked.includes(q)) ?? null;
}
