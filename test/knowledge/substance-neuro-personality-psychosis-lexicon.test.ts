import { describe, expect, it } from "vitest";
import { CONCEPTS, CONDITIONS } from "../../knowledge/index.js";
import { concepts as familyConcepts } from "../../knowledge/concepts/substance-neuro-personality-psychosis.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { itDoesNotFind, itFinds } from "../fixtures/lexicon-cases.js";

/**
 * Lexicon tests for the substance, gambling, ADHD, borderline, psychosis and problems-of-living
 * concepts. Sentences are our own, written the way people describe things in messages: they
 * must match (positives) or must not (hard negatives: look-alikes, idioms, other meanings).
 */
const matcher = new ConceptMatcher(CONCEPTS);
const found = (sentence: string): string[] => matcher.match(sentence).map((m) => m.concept);

const POSITIVES: Record<string, string[]> = {
  // substances named
  uses_alcohol: ["I drink every night after work", "I've been drinking way too much since the layoff", "I go through a bottle of wine most evenings", "I get wasted every weekend", "I'm hungover most mornings"],
  uses_cannabis: ["I smoke weed every day", "I've been getting stoned before class", "I can't sleep without an edible", "I'm basically a wake and bake guy now"],
  uses_tobacco: ["I'm addicted to smoking and can't quit", "I go through a pack a day", "I started vaping in year 9 and now I can't stop", "I'm back on the cigs since the divorce", "I've tried nicotine gum but I still want one"],
  uses_opioids: ["I got hooked on oxy after my surgery", "I've been using fentanyl", "I'm popping pain pills every day to get through", "I was dope sick all weekend"],
  uses_stimulants: ["I've been smoking meth for a year", "I've been buying adderall to stay up and study", "I was tweaking for three days", "I keep snorting my vyvanse"],
  uses_sedatives: ["I can't get through the day without my Xanax", "I've been on temazepam for years", "I'm hooked on sleeping pills"],
  uses_cocaine: ["I do coke every weekend", "I've got a cocaine habit I can't shake", "we were doing lines in the bathroom", "I started smoking crack"],
  // shared use-disorder features
  craving: ["the cravings are unbearable", "all I can think about is my next drink", "I get this urge to use every evening", "I'm jonesing so bad"],
  tolerance: ["I need more to feel anything", "my tolerance has gone way up", "it doesn't hit like it used to", "I need twice as much to get drunk now"],
  withdrawal: ["when I stop drinking I get the shakes", "I go through withdrawals if I skip a day", "I was sweating and shaking when I tried to stop", "I need a drink in the morning to stop the shakes"],
  severe_withdrawal: ["I had a seizure when I stopped drinking", "last time I quit I was seeing things and confused", "I had the DTs in detox"],
  failed_cutdown: ["I've tried to cut back so many times but I always end up drinking again", "I keep relapsing", "I fell off the wagon again", "I can't stop drinking no matter what I do"],
  more_than_intended: ["I only meant to have one or two but ended up finishing the bottle", "once I start I can't stop", "one drink turns into ten", "I always drink more than I planned"],
  time_spent_using: ["I spend whole days high on the couch", "I'm hungover all weekend every weekend", "my whole day revolves around drinking"],
  hiding_use: ["I hide bottles around the house", "I've been hiding it from my wife", "I drink in secret so nobody knows", "I lie about how much I drink"],
  use_despite_harm: ["my doctor warned me about my liver", "I keep drinking even though it makes my anxiety worse", "I've been having blackouts", "my liver enzymes are high"],
  role_failure_use: ["I missed work again because I was hungover", "I've been showing up to work high", "I got a written warning because of my drinking"],
  social_problems_use: ["we fight about my drinking every week", "my wife threatened to leave because of my drinking", "my friends say I have a drinking problem"],
  gave_up_activities_use: ["I stopped going to the gym because I'd rather drink", "I'd rather get high than see my friends", "I only go to parties where there's alcohol"],
  hazardous_use: ["I drove drunk last weekend", "I got a DUI last year", "I've been mixing xanax with alcohol"],
  overdose: ["I overdosed last month", "my friend had to give me narcan", "I OD'd twice this year"],
  // gambling
  gambling_betting: ["I've been betting on football every weekend", "I spend hours at the casino", "I'm hooked on the slots", "I placed a bet I couldn't afford"],
  gambling_online: ["I gamble on my phone all night", "I have three betting apps", "I can't stop playing online poker"],
  chasing_losses: ["I keep chasing my losses", "I just need one more bet to win it back", "I tried to win back what I lost and lost more"],
  lying_about_gambling: ["I lie to my wife about where the money goes", "I hide the bank statements from my husband", "I lie about it to everyone"],
  escalating_bets: ["I need to bet bigger to feel the rush", "small bets don't do anything for me anymore", "I keep raising the stakes"],
  gambling_irritable_when_stopping: ["whenever I try to quit I get irritable", "I'm restless and snappy when I'm not gambling", "not betting makes me irritable"],
  borrowing_for_gambling: ["I took out payday loans to cover my gambling", "my parents bailed me out again", "I have gambling debts I can't pay"],
  gambling_preoccupation: ["I'm addicted to sports betting", "I think I have a gambling problem", "I'm always thinking about my next bet"],
  gambling_to_escape: ["I gamble to forget about my problems", "when I feel low I open the app and place a bet", "I bet to escape the stress"],
  // ADHD inattention
  careless_mistakes: ["I make so many careless mistakes at work", "I always miss important details", "my boss says my attention to detail is terrible"],
  sustained_attention_difficulty: ["I can't sit through a whole movie", "I zone out in meetings", "I get bored so easily", "I lose focus after a few minutes"],
  not_listening: ["my wife says I never listen", "my mind drifts when people are talking", "my teachers said I don't pay attention"],
  fails_to_finish: ["I never finish anything I start", "I have a pile of half finished projects", "I keep missing deadlines"],
  disorganised: ["I'm so disorganised", "I'm always late for everything", "my time management is terrible", "bills pile up unopened"],
  avoids_effortful_tasks: ["I procrastinate on everything", "I put off paperwork for months", "I leave everything until the last minute"],
  loses_things: ["I lose my keys every day", "I'm constantly looking for my phone", "I misplace things all the time"],
  forgetful_daily: ["I forget appointments all the time", "I always forget to pay bills", "I walk into a room and forget why"],
  // ADHD hyperactive-impulsive
  fidgeting: ["I fidget constantly", "I'm always tapping my pen", "I bounce my leg all through meetings"],
  leaves_seat: ["I can't sit for long at my desk", "I keep getting up from my desk", "teachers were always telling me to sit down"],
  hyperactive_restless: ["I was a hyperactive kid", "I feel like there's a motor running inside me", "I was always bouncing off the walls"],
  cannot_do_quietly: ["I can't do anything quietly", "I'm always getting shushed", "I make noises without realising"],
  on_the_go: ["I'm always on the go", "I can't slow down even on holiday", "I never stop moving"],
  talks_excessively: ["I talk too much", "I'm such a chatterbox", "I ramble on and on in meetings"],
  blurts_out: ["I blurt things out", "I finish other people's sentences", "I have no filter"],
  difficulty_waiting_turn: ["I can't wait in line without losing it", "I'm extremely impatient", "queues drive me crazy"],
  interrupts_others: ["I interrupt people all the time", "I keep cutting people off", "I talk over everyone"],
  childhood_onset: ["since I was a kid I've been like this", "my teachers always complained I was distracted", "it's been there since primary school", "my report cards always said I wasn't applying myself"],
  symptoms_multiple_settings: ["it happens at work and at home", "it affects every area of my life", "it's the same at school and at home"],
  adhd_label: ["I think I might have ADHD", "I was diagnosed with ADD as a child", "my ADHD meds stopped working"],
  // borderline
  abandonment_fear: ["I'm terrified of people leaving me", "I have serious abandonment issues", "I panic when he doesn't text back", "everyone will leave me eventually"],
  unstable_relationships: ["my relationships are always intense and chaotic", "I love them one minute and hate them the next", "we keep breaking up and getting back together"],
  identity_disturbance: ["I don't know who I am", "I have no sense of self", "I change my whole personality depending on who I'm with"],
  affective_instability: ["my emotions go from 0 to 100 in minutes", "my feelings change so quickly", "the smallest thing sets me off", "I'm emotionally unstable"],
  intense_anger: ["I have anger issues", "I can't control my temper", "I punch walls when I'm angry", "I just see red"],
  stress_paranoia_dissociation: ["when I get stressed I dissociate", "when things get bad I go numb and feel unreal", "I get paranoid that my friends secretly hate me"],
  // psychosis
  auditory_hallucinations: ["I hear voices that nobody else hears", "I hear a voice that comments on everything I do", "the voices talk about me", "I keep hearing my name called when no one is there"],
  command_hallucinations: ["the voices tell me to hurt myself", "a voice keeps telling me to kill people", "the voices say I should die"],
  visual_hallucinations: ["I see shadow people in my room", "I see things that aren't there", "I keep seeing figures in the corner that no one else can see"],
  ideas_of_reference: ["the TV is sending me messages meant only for me", "the radio talks to me directly", "I have to decode the signals", "songs have hidden messages for me"],
  persecutory_delusions: ["I'm being followed everywhere", "they are poisoning my food", "the government implanted a chip in my head", "my neighbours are spying on me"],
  grandiose_delusions: ["I am the chosen one", "I was chosen by god to save the world", "I have special powers"],
  other_delusions: ["there are bugs crawling under my skin", "my wife has been replaced by an impostor", "a famous singer is secretly in love with me"],
  thought_interference: ["someone is putting thoughts in my head", "people can hear my thoughts", "my thoughts are not my own"],
  disorganised_speech: ["my family says I don't make sense", "people can't follow what I'm saying", "my words come out jumbled"],
  disorganised_behaviour: ["my parents said I was acting bizarre", "I covered the windows with tin foil so they can't see", "I've been talking to myself out loud on the street"],
  negative_symptoms: ["my face is blank and I show no emotion", "I barely speak anymore", "I have no drive to do anything at all"],
  psychosis_sudden_onset: ["all of a sudden I started hearing voices", "it started suddenly a few days ago", "out of nowhere I was convinced I was being watched"],
  // problems of living
  relationship_conflict: ["my husband and I argue all the time", "I keep fighting with my boyfriend", "our marriage is on the rocks", "my partner never listens to me"],
  breakup: ["my girlfriend broke up with me", "I'm going through a divorce", "he dumped me last month"],
  work_stress: ["work is so stressful right now", "I'm completely burnt out", "my workload is insane", "I dread going to work"],
  boss_conflict: ["my boss is a nightmare", "my manager micromanages everything I do", "my coworkers gossip about me and exclude me"],
  job_insecurity: ["there are layoffs coming", "I'm afraid I will lose my job", "I got laid off last week"],
  exam_stress: ["I'm so stressed about my exams", "finals are next week and I'm panicking", "I'm scared of failing my exams"],
  new_job_nerves: ["I start a new job on Monday and I'm nervous", "I'm anxious about my first day at the new job", "I'm worried about fitting in with the new team"],
  moving_home: ["I just moved to a new city", "we're relocating abroad next month", "I'm so homesick"],
  life_stage_change: ["I just retired and don't know what to do with myself", "the kids left home and the house is so quiet", "I just turned 40"],
  friend_moved_away: ["my best friend moved abroad", "my sister moved across the country", "I miss my best friend who moved away"],
  loneliness_feeling: ["I feel so lonely", "I have no friends to talk to", "I feel so alone these days"],
  family_argument: ["I keep arguing with my parents", "there's so much tension with my family", "my mum and I don't get along"],
  parenting_struggle: ["my kids won't listen to me", "my teenager is so disrespectful", "parenting is so hard right now", "constant screen time battles with my son"],
  bereavement_recent_death: ["my dad passed away last month", "I lost my mum in March", "the funeral of my grandmother was yesterday"],
  normal_grief_reaction: ["I miss her so much", "the grief comes in waves", "I cry when I see his photos"],
  coping_adequately: ["I'm keeping busy", "otherwise life is good", "I'm still managing to go to work"],
};

/** Look-alikes that must not be read as the concept. */
const NEGATIVES: Array<[string, string]> = [
  ["uses_alcohol", "I drink coffee every morning"],
  ["uses_alcohol", "I had a soft drink at lunch"],
  ["uses_cannabis", "I have joint pain in my knees"],
  ["uses_cannabis", "my high school friends are visiting"],
  ["uses_cannabis", "I spent the weekend weeding the garden"],
  ["uses_tobacco", "I smoke weed every day"],
  ["uses_tobacco", "the smoke alarm went off at 3am"],
  ["uses_tobacco", "we had smoked salmon at the wedding"],
  ["uses_tobacco", "the smell of the smoke from the fire still scares me"],
  ["uses_tobacco", "I bought a thc vape"],
  ["uses_cocaine", "I had a diet coke with lunch"],
  ["uses_cocaine", "I finally cracked the problem at work"],
  ["uses_stimulants", "I need to speed up my reading"],
  ["uses_opioids", "I lean on my sister a lot"],
  ["gambling_betting", "I bet you hear this all the time"],
  ["gambling_betting", "therapy seems like a safe bet"],
  ["withdrawal", "I made a cash withdrawal at the bank"],
  ["withdrawal", "I'm going through withdrawal from social media"],
  ["craving", "I've been craving chocolate all week"],
  ["tolerance", "I have zero tolerance for rudeness"],
  ["overdose", "I overdosed on caffeine before the exam"],
  ["loses_things", "I lost my job last month"],
  ["loses_things", "I lost my mum last year"],
  ["difficulty_waiting_turn", "I can't wait to see my family at Christmas"],
  ["adhd_label", "I want to add that my sleep is bad"],
  ["auditory_hallucinations", "I heard my neighbours talking through the wall"],
  ["auditory_hallucinations", "my voice shakes when I present"],
  ["auditory_hallucinations", "that's my inner voice talking"],
  ["visual_hallucinations", "I see things differently now"],
  ["persecutory_delusions", "I got food poisoning last week"],
  ["persecutory_delusions", "I'm being followed by a lot of new people on instagram"],
  ["ideas_of_reference", "the news said there will be a storm"],
  ["abandonment_fear", "she will leave for work at 8"],
  ["unstable_relationships", "we split the bill"],
  ["intense_anger", "I'll lose my mind with boredom"],
  ["breakup", "the teacher had to break up a fight"],
  ["bereavement_recent_death", "my phone died and I missed the call"],
  ["bereavement_recent_death", "I passed my driving test"],
  ["bereavement_recent_death", "I nearly died laughing"],
  ["bereavement_recent_death", "it would be easier if I just died"],
  ["bereavement_recent_death", "my wife has been gone for the weekend"],
  ["friend_moved_away", "phone calls make me panic"],
  ["borrowing_for_gambling", "I spent all my savings on a new car"],
  ["relationship_conflict", "we split the bill"],
  ["job_insecurity", "I'm so fired up about this project"],
  ["work_stress", "I worked out at the gym today"],
  ["exam_stress", "I'm nervous about my blood test tomorrow"],
  ["moving_home", "that film moved me to tears"],
  ["loneliness_feeling", "I love living alone"],
  ["disorganised", "my emotions are all over the place"],
  ["relationship_conflict", "she is fighting cancer"],
  ["friend_moved_away", "I miss my mum so much"],
];

describe("substance / neurodevelopmental / personality / psychosis / problems-of-living lexicon", () => {
  itFinds(found, POSITIVES);

  itDoesNotFind(found, NEGATIVES);

  it("tests at least three phrasings of every family concept", () => {
    for (const c of familyConcepts) expect(POSITIVES[c.id]?.length ?? 0, c.id).toBeGreaterThanOrEqual(3);
  });

  it("every family concept is cited by some condition or specifier", () => {
    const cited = new Set<string>();
    for (const c of CONDITIONS) {
      for (const g of c.criteria) for (const i of g.items) i.concepts.forEach((k) => cited.add(k));
      for (const x of c.exclusions) x.ifConcepts?.forEach((k) => cited.add(k));
      for (const s of c.specifiers ?? []) s.when.concepts?.forEach((k) => cited.add(k));
      c.requiresStressor?.forEach((k) => cited.add(k));
    }
    for (const c of familyConcepts) expect(cited.has(c.id), c.id).toBe(true);
  });

  it("keeps the substance named: each use disorder's core item is its own substance", () => {
    const core = (id: string) => CONDITIONS.find((c) => c.id === id)!.criteria[0].items.find((i) => i.core)!.concepts;
    expect(core("alcohol_use")).toEqual(["uses_alcohol"]);
    expect(core("cannabis_use")).toEqual(["uses_cannabis"]);
    expect(core("opioid_use")).toEqual(["uses_opioids"]);
    expect(core("stimulant_use")).toEqual(["uses_stimulants", "uses_cocaine"]);
  });

  it("never gives problems of living the disorder kind", () => {
    for (const c of CONDITIONS.filter((x) => x.family === "problem-of-living")) expect(c.kind).toBe("problem-of-living");
  });
});
