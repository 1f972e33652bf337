/**
 * How a clinician would ask about a concept in a structured interview: open, plain, one thing
 * at a time. Concepts without an entry are asked about through their `plain` gloss.
 */
import type { SymptomConcept } from "../knowledge/types.js";

const BY_CONCEPT: Record<string, string> = {
  depressed_mood: "How has your mood been most days lately — low, flat, or up and down?",
  anhedonia: "Are there things you used to enjoy that don't give you much pleasure anymore?",
  fatigue: "How has your energy been through the day?",
  insomnia_initial: "How has your sleep been — is it hard to fall asleep, to stay asleep, or do you wake too early?",
  insomnia_maintenance: "How has your sleep been — is it hard to fall asleep, to stay asleep, or do you wake too early?",
  early_morning_waking: "How has your sleep been — is it hard to fall asleep, to stay asleep, or do you wake too early?",
  hypersomnia: "Have you been sleeping a lot more than usual?",
  appetite_decrease: "Have you noticed any change in your appetite or weight?",
  appetite_increase: "Have you noticed any change in your appetite or weight?",
  weight_loss: "Have you noticed any change in your appetite or weight?",
  weight_gain: "Have you noticed any change in your appetite or weight?",
  poor_concentration: "How is your concentration — can you focus on reading, work or a show?",
  worthlessness: "How have you been feeling about yourself lately?",
  excessive_guilt: "Do you find yourself feeling guilty or blaming yourself a lot?",
  hopelessness: "When you think about the future, how does it look to you?",
  psychomotor_retardation: "Have you or others noticed you moving or speaking more slowly than usual?",
  psychomotor_agitation: "Have you felt so restless that it's hard to sit still?",
  death_thoughts: "Sometimes when people feel this low they have thoughts of not wanting to be here. Has anything like that crossed your mind?",
  suicidal_thoughts: "Sometimes when people feel this low they have thoughts of not wanting to be here. Has anything like that crossed your mind?",
  worry_excessive: "What kinds of things do you find yourself worrying about, and how much of the day does it take up?",
  worry_uncontrollable: "When the worry starts, how easy or hard is it to set it aside?",
  restlessness: "Do you often feel keyed up or on edge?",
  muscle_tension: "Do you notice tension in your body — in your jaw, shoulders or neck?",
  irritability: "Have you been more irritable or short-tempered than usual?",
  panic_attack: "Have you had sudden waves of intense fear, where your body reacts strongly — racing heart, breathlessness, shaking?",
  avoidance: "Are there places or situations you've started avoiding because of how you feel there?",
  functional_impairment: "How is this affecting your work, studies or relationships day to day?",
  marked_distress: "How much is this weighing on you overall?",
  elevated_mood: "Have there ever been times when you felt the opposite — unusually high, energetic or wired, needing much less sleep than usual?",
  decreased_need_for_sleep: "Have there been stretches when you slept very little but didn't feel tired?",
  grandiosity: "During those times, did you feel unusually confident or special, as if you could do anything?",
  flashbacks: "Do memories of what happened come back when you don't want them to, as if it's happening again?",
  nightmares: "Do you have nightmares about it?",
  intrusive_memories: "Do memories of what happened come back when you don't want them to?",
  hypervigilance: "Do you find yourself on guard or watchful, even when things are calm?",
  trauma_avoidance: "Do you avoid places, people or thoughts that remind you of what happened?",
  trauma_exposure: "Has something frightening or overwhelming happened to you that might be connected to this?",
  bereavement: "Have you lost someone close to you?",
  stressor_life_event: "Did something change or happen in your life around the time this started?",
  obsessions: "Do unwanted thoughts or images keep popping into your head, even though you try to push them away?",
  compulsions: "Do you feel you have to do certain things over and over — checking, washing, counting — until it feels right?",
  time_consuming_rituals: "Roughly how much of your day do these thoughts and routines take up?",
  fear_of_judgement: "In social situations, how much do you worry about what others think of you?",
  binge_eating: "Are there times when you eat a large amount and feel you can't stop?",
  purging_vomiting: "After eating, do you ever try to get rid of the food, for example by being sick or using laxatives?",
  fear_weight_gain: "How do you feel about your weight and the idea of gaining weight?",
  food_restriction: "How much are you eating on a typical day?",
  auditory_hallucinations: "Have you heard voices or sounds that other people don't seem to hear?",
  craving: "Do you get strong urges or cravings to use?",
  withdrawal: "What happens to your body and mood when you go without it?",
  tolerance: "Have you found you need more than before to get the same effect?",
  childhood_onset: "Thinking back to when you were a child, were things like this already there?",
  abandonment_fear: "How do you usually feel when someone close to you seems to pull away?",
  affective_instability: "How quickly do your feelings change over a day?",
  self_harm: "When things get really intense, do you ever hurt yourself to cope?",
  prior_depressive_episode: "Have you been through a low period like this before, earlier in your life?",
  seasonal_pattern: "Does this tend to come back at the same time of year?",
  perinatal_onset: "Did this start during a pregnancy or in the months after having a baby?",
  chronic_low_mood: "Thinking back over the last couple of years, how much of the time have you felt low?",
};

/** Words that name a diagnosis: the person never hears them from us unless they ask. */
export const DIAGNOSTIC_WORDS = /\b(depress(ion|ive)|disorders?|ocd|ptsd|bipolar|adhd|anorexi\w*|bulimi\w*|schizo\w*|psychos[ie]s|psychotic|mania|manic|hypomani\w*|phobi\w*|dysmorphi\w*|borderline|personality|cyclothymi\w*|dysthymi\w*|insomnia|agoraphobi\w*|hoarding|diagnos\w*)\b/i;

/** The interview question for a concept, or a gentle generic one from its plain gloss. */
export function questionFor(concept: SymptomConcept | undefined, conceptId: string): string {
  const direct = BY_CONCEPT[conceptId];
  if (direct) return direct;
  if (concept?.plain && !DIAGNOSTIC_WORDS.test(concept.plain)) return `Can I ask whether ${concept.plain.replace(/[.?!]+$/, "")} has been part of this for you?`;
  return "Could you tell me a bit more about what a typical day looks like for you right now?";
}

export const DURATION_QUESTION = "How long has this been going on — a few weeks, several months, or longer?";
export const STRESSOR_QUESTION = "Did anything happen or change in your life around the time this started?";
export const OPENING_QUESTION = "What feels hardest for you right now?";
