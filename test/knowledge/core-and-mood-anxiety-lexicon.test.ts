import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../knowledge/index.js";
import { concepts as coreConcepts, px } from "../../knowledge/concepts/core.js";
import { concepts as familyConcepts } from "../../knowledge/concepts/mood-anxiety-ocd.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { compilePattern } from "../../engine/lexicon-pattern.js";

/**
 * Lexicon tests for the core concepts and the mood / anxiety / OCD family concepts.
 * Sentences are our own, written the way people describe things in messages: they must match
 * (positives) or must not (hard negatives: look-alikes, idioms, other meanings).
 */
const matcher = new ConceptMatcher(CONCEPTS);
const found = (sentence: string): string[] => matcher.match(sentence).map((m) => m.concept);

const CORE_IDS = [
  "depressed_mood", "emptiness", "tearfulness", "anhedonia", "hopelessness", "worthlessness", "excessive_guilt", "low_self_esteem",
  "irritability", "fatigue", "insomnia_initial", "insomnia_maintenance", "early_morning_waking", "hypersomnia", "appetite_decrease",
  "appetite_increase", "weight_loss", "weight_gain", "psychomotor_agitation", "psychomotor_retardation", "poor_concentration",
  "indecisiveness", "death_thoughts", "suicidal_thoughts", "self_harm", "worry_excessive", "worry_uncontrollable", "restlessness",
  "muscle_tension", "palpitations", "sweating", "trembling", "shortness_of_breath", "chest_tightness", "nausea_abdominal", "dizziness",
  "chills_hot_flushes", "paresthesia", "fear_of_dying", "fear_losing_control", "derealization", "depersonalization", "avoidance",
  "social_withdrawal", "functional_impairment", "marked_distress", "distractibility", "impulsivity", "racing_thoughts", "medical_cause",
  "stressor_life_event",
];

/** Everyday phrasings that must be found. */
const POSITIVES: Record<string, string[]> = {
  // core
  depressed_mood: ["I've been feeling really down lately", "honestly I'm just so sad all the time", "my mood has been at rock bottom for weeks", "I feel like crap every single day"],
  emptiness: ["I just feel empty inside", "I'm numb, I don't feel anything anymore", "it's like I'm dead inside"],
  tearfulness: ["I cry at the smallest things", "I burst into tears at work yesterday", "I've been so teary this week"],
  anhedonia: ["nothing is fun anymore", "I can't be bothered with anything", "I used to love painting but now I don't care", "I'm just going through the motions"],
  hopelessness: ["what's the point of any of it", "it's never going to get better", "I feel completely hopeless"],
  worthlessness: ["I feel like such a failure", "I'm a burden to everyone around me", "I hate myself"],
  excessive_guilt: ["everything is my fault", "I feel so guilty all the time", "I keep letting everyone down"],
  low_self_esteem: ["my self-esteem is really low", "I'm never good enough", "I constantly compare myself to others"],
  irritability: ["I snap at my kids over nothing", "I've got such a short fuse lately", "everything gets on my nerves"],
  fatigue: ["I'm exhausted all the time", "I have no energy at all", "I'm completely drained", "I can barely get out of bed"],
  insomnia_initial: ["I can't fall asleep until 3am", "I lie awake for hours", "I've been tossing and turning every night", "my sleep is awful"],
  insomnia_maintenance: ["I wake up in the middle of the night", "I keep waking up and can't get back to sleep", "my sleep is so broken"],
  early_morning_waking: ["I wake up at 4am and that's it", "I'm waking up way too early", "I'm awake before my alarm every day"],
  hypersomnia: ["I sleep all day", "I've been sleeping 14 hours a night", "I stay in bed until the afternoon"],
  appetite_decrease: ["I have no appetite", "I barely eat anymore", "I keep skipping meals"],
  appetite_increase: ["I've been comfort eating a lot", "I can't stop eating", "I'm hungry all the time"],
  weight_loss: ["I've lost 10 pounds without trying", "my clothes are hanging off me", "I dropped two dress sizes"],
  weight_gain: ["I've gained a lot of weight", "I put on two stone this year", "none of my clothes fit anymore, I'm putting on weight"],
  psychomotor_agitation: ["I can't sit still", "I keep pacing around the house", "I'm so fidgety"],
  psychomotor_retardation: ["I feel like I'm moving through treacle", "everything feels like it's in slow motion", "I've slowed right down"],
  poor_concentration: ["I can't concentrate on anything", "my brain fog is terrible", "I read the same page five times"],
  indecisiveness: ["I can't make even simple decisions", "I'm so indecisive now", "I second guess everything"],
  death_thoughts: ["I wish I could go to sleep and never wake up", "everyone would be better off without me", "I don't want to be here anymore", "it would be easier if I was dead"],
  suicidal_thoughts: ["I've been thinking about killing myself", "I want to end my life", "I've had suicidal thoughts", "I've thought about ending it all"],
  self_harm: ["I've been cutting myself again", "I burn myself when it gets bad", "I scratch until I bleed"],
  worry_excessive: ["I worry about everything", "I'm a chronic overthinker", "I always think of the worst case scenario"],
  worry_uncontrollable: ["I can't stop worrying", "my mind won't shut off", "I can't switch it off"],
  restlessness: ["I'm always on edge", "I can't relax", "I feel so restless"],
  muscle_tension: ["my shoulders are tight all the time", "I clench my jaw at night", "I'm constantly tense"],
  palpitations: ["my heart was pounding", "I get heart palpitations", "my heart races for no reason"],
  sweating: ["I start sweating", "my palms get sweaty", "I was drenched, sweating everywhere"],
  trembling: ["my hands were shaking", "I was trembling", "my voice shakes when I talk"],
  shortness_of_breath: ["I couldn't breathe", "I was gasping for air", "I started hyperventilating"],
  chest_tightness: ["my chest gets tight", "I had chest pains", "it feels like an elephant on my chest"],
  nausea_abdominal: ["I felt sick to my stomach", "my stomach is in knots", "I feel nauseous"],
  dizziness: ["I felt dizzy", "I thought I would pass out", "I get light-headed"],
  chills_hot_flushes: ["I get hot flushes", "I went hot and cold", "I had chills"],
  paresthesia: ["my hands were tingling", "I had pins and needles in my arms", "my fingers went numb"],
  fear_of_dying: ["I thought I was going to die", "I was convinced I was dying", "I felt like I was having a heart attack"],
  fear_losing_control: ["I thought I was losing my mind", "I feel like I'm going crazy", "I'm scared I'll lose control"],
  derealization: ["nothing feels real", "it's like I'm in a dream", "the world feels fake"],
  depersonalization: ["I feel detached from my body", "it's like I'm watching myself from outside", "I'm on autopilot"],
  avoidance: ["I avoid going out", "I've stopped going to the gym", "I always make excuses not to go"],
  social_withdrawal: ["I've been isolating myself", "I stopped talking to my friends", "I ignore all my texts"],
  functional_impairment: ["I've been missing work", "my grades are dropping", "it's affecting my marriage"],
  marked_distress: ["I'm so overwhelmed", "I can't cope anymore", "I'm at my wits end"],
  distractibility: ["I get distracted so easily", "my attention span is zero", "I lose my train of thought"],
  impulsivity: ["I'm so impulsive", "I do things without thinking", "I bought it on a whim"],
  racing_thoughts: ["my thoughts are racing", "my mind is going a mile a minute", "too many thoughts at once"],
  medical_cause: ["my doctor said my thyroid is underactive", "turns out I'm anaemic", "it might be a side effect of the pill"],
  stressor_life_event: ["we just moved to a new city", "my divorce was finalised", "I got laid off last month"],

  // depressive course
  prior_depressive_episode: ["I had depression years ago and it's come back", "this is my third episode", "I've been depressed before, back in college"],
  seasonal_pattern: ["it happens every winter", "this is the fourth winter in a row", "as soon as the days get shorter I go downhill"],
  perinatal_onset: ["since the baby was born I've felt nothing", "I'm 30 weeks pregnant and so low", "my daughter is six weeks old"],
  chronic_low_mood: ["I've been mildly depressed for years", "I've always been a bit down", "I can't remember feeling happy for more than a week"],
  // mania
  mania_label: ["I think I'm having a manic episode", "I was hypomanic last month", "I was diagnosed with bipolar"],
  elevated_mood: ["I felt on top of the world", "I was euphoric for days", "I felt unstoppable"],
  grandiosity: ["I felt like I had special powers", "I had a billion dollar idea", "I was smarter than everyone"],
  decreased_need_for_sleep: ["I barely slept and wasn't tired", "I only needed 2 hours of sleep and felt great", "I didn't need sleep at all"],
  pressured_speech: ["I was talking so fast nobody could keep up", "I couldn't stop talking", "nobody could get a word in"],
  increased_goal_directed_activity: ["I started five new projects in a week", "I had boundless energy", "I was working all night on ideas"],
  risky_behaviour: ["I spent all my savings in a week", "I went on a huge spending spree", "I quit my job on a whim", "I slept with strangers"],
  others_noticed_change: ["my family said I was a different person", "my friends told me I was acting strange", "it was totally out of character"],
  high_without_impairment: ["they never got me into trouble", "it never caused any real problems", "nothing bad ever came of it"],
  mood_swings: ["I have terrible mood swings", "my life is a rollercoaster of highs and lows", "I get hyper for a week and then I crash"],
  psychiatric_admission: ["I was sectioned last year", "I spent two weeks on a psych ward", "I got hospitalized for mania"],
  depression_named: ["I have depression and it's getting worse", "I was diagnosed with depression at 19", "my depression makes mornings hard"],
  // anxiety
  anxious_mood: ["I feel anxious all the time", "I'm so nervous", "I have a constant sense of dread"],
  panic_attack: ["I had a panic attack on the train", "out of nowhere my heart raced and I thought I was dying", "I felt like I was having a heart attack", "I keep getting anxiety attacks"],
  attacks_unexpected: ["the attacks come out of nowhere", "it wakes me up in the night with my heart pounding", "they happen for no reason at all, even when I'm relaxed"],
  anticipatory_anxiety: ["I'm terrified of having another one", "I'm always waiting for the next attack", "what if it happens again"],
  safety_behaviours: ["I always sit near the exit", "I carry water and my pills everywhere just in case", "I can only go out with my partner"],
  agora_public_transport: ["I'm terrified of taking the bus", "I can't use public transport anymore", "trains make me panic"],
  agora_open_spaces: ["I'm scared of open spaces", "big car parks terrify me", "I avoid bridges and markets"],
  agora_enclosed_spaces: ["I panic in supermarkets", "I can't go to the cinema anymore", "I feel trapped in shops"],
  agora_crowds_queues: ["I'm afraid of crowds", "standing in line makes me panic", "I avoid busy places"],
  agora_outside_alone: ["I haven't left the house in weeks", "I'm scared to go out alone", "I'm basically housebound"],
  fear_of_judgement: ["I feel like everyone is judging me", "I'm terrified people will think I'm stupid", "I'm so self-conscious"],
  embarrassment_fear: ["I'm scared I'll embarrass myself", "I'm terrified of making a fool of myself", "I replay conversations for days afterwards"],
  blushing: ["I blush whenever someone talks to me", "my face turns bright red", "I go red in meetings"],
  social_situation_fear: ["I have social anxiety", "public speaking terrifies me", "I dread phone calls", "I'm afraid of parties"],
  phobia_animal: ["I'm terrified of dogs", "spiders freak me out", "I have a phobia of birds"],
  phobia_natural_environment: ["I'm afraid of heights", "thunderstorms terrify me", "I'm scared of deep water"],
  phobia_blood_injection_injury: ["I'm terrified of needles", "I faint at the sight of blood", "I've been avoiding blood tests for years"],
  phobia_situational: ["I'm scared of flying", "I'm claustrophobic", "I won't take the lift", "I haven't been on a plane in years"],
  phobia_other: ["I'm terrified of vomiting", "I have emetophobia", "I'm afraid of choking"],
  separation_distress: ["I panic whenever my husband leaves for work", "I can't be apart from my mom", "I text my partner constantly to make sure they're okay"],
  separation_harm_worry: ["I'm scared something bad will happen to my kids", "I'm terrified of losing my parents", "I keep imagining my wife will die in a crash"],
  separation_avoidance: ["I can't sleep alone", "I won't travel without my partner", "I turned down the job because it meant leaving home"],
  // OCD and related
  intrusive_thoughts: ["I get intrusive thoughts all day", "these thoughts keep coming back no matter what", "I think I have OCD"],
  obsession_contamination: ["I'm terrified of germs", "I feel contaminated after touching door handles", "I can't touch money"],
  obsession_harm: ["I have thoughts of stabbing my partner", "what if I hurt someone", "I'm afraid I'll push someone onto the tracks"],
  obsession_symmetry: ["things have to be symmetrical", "it has to feel just right", "it has to be perfectly lined up"],
  obsession_taboo: ["I have unwanted sexual thoughts", "I have blasphemous thoughts", "what if I'm gay"],
  obsession_magical: ["if I don't do it something bad will happen", "I feel like something bad will happen", "four is an unlucky number for me"],
  compulsion_checking: ["I check the locks over and over", "I double check the stove every night", "I drive back to make sure I didn't hit anyone"],
  compulsion_washing: ["I wash my hands until they bleed", "I shower for hours", "my hands are raw from washing"],
  compulsion_counting: ["I count the steps as I walk", "I have to count to ten", "I do everything an even number of times"],
  compulsion_arranging: ["I line up my pens", "I redo things until they feel right", "I rearrange my desk for hours"],
  compulsion_reassurance: ["I keep asking my girlfriend if she still loves me over and over", "I need reassurance all the time", "I google my symptoms for hours to make sure"],
  compulsion_mental: ["I pray over and over until it feels right", "I repeat a phrase in my head to cancel the thought", "I do mental rituals"],
  compulsion_general: ["I have these rituals", "I feel compelled to do it", "I get urges to tap things"],
  time_consuming_rituals: ["it eats up hours of my day", "it takes me two hours to leave the house", "I spend three hours a day checking"],
  insight_irrational: ["I know it makes no sense", "I know it's irrational", "logically I know nothing will happen"],
  appearance_preoccupation: ["my nose is deformed", "I'm obsessed with my skin", "I look hideous", "I have body dysmorphia"],
  mirror_checking: ["I check the mirror constantly", "I spend hours in front of the mirror", "I avoid mirrors"],
  appearance_camouflage: ["I hide my face with my hair", "I won't leave the house without makeup", "I wear a hat to cover my hairline"],
  cosmetic_procedure_seeking: ["I'm saving for a nose job", "I've had three surgeries but still hate it", "I want cosmetic surgery"],
  difficulty_discarding: ["I can't throw anything away", "I might need it someday", "getting rid of things makes me panic"],
  clutter: ["my house is filled to the ceiling with stuff", "I can't use my kitchen", "my apartment is cluttered"],
  excessive_acquiring: ["I keep picking up free stuff", "I can't resist a bargain", "I bring home things from skips"],
  hair_pulling: ["I keep pulling out my eyebrows", "I think I have trichotillomania", "I twist my hair until I pull it out"],
  skin_picking: ["I pick at my face for hours", "I can't leave my scabs alone", "I'm always digging at my cuticles"],
  bfrb_stop_attempts: ["I've tried so many times to stop", "I put plasters on my fingers to stop me", "I can't break the habit"],
};

/** Look-alikes that must NOT be read as the concept. */
const NEGATIVES: Array<[string, string]> = [
  ["I'm tired of my boss yelling at me", "fatigue"],
  ["sick and tired of this weather", "fatigue"],
  ["my phone screen shattered", "fatigue"],
  ["I invested in crypto and bought a sweater", "tearfulness"],
  ["I bought a new sweater", "sweating"],
  ["she let me down again", "excessive_guilt"],
  ["the economy is depressed", "depressed_mood"],
  ["do I have depression or am I just lazy?", "depression_named"],
  ["could I be dealing with depression?", "depression_named"],
  ["calm down and sit down", "depressed_mood"],
  ["my fingers feel numb", "emptiness"],
  ["I can't shake the feeling he's lying", "trembling"],
  ["there's tension between me and my sister", "muscle_tension"],
  ["I'm dying to see that movie", "death_thoughts"],
  ["I accidentally cut myself while cooking", "self_harm"],
  ["I cut myself off from social media", "self_harm"],
  ["I watched Suicide Squad last night", "suicidal_thoughts"],
  ["I want to end things with my boyfriend", "suicidal_thoughts"],
  ["that song gives me chills", "chills_hot_flushes"],
  ["I'm trying to lose weight", "weight_loss"],
  ["I need to get something off my chest", "chest_tightness"],
  ["I feel sick of all the drama", "nausea_abdominal"],
  ["I make myself sick after eating", "nausea_abdominal"],
  ["I haven't the faintest idea", "dizziness"],
  ["people were panic buying toilet roll", "anxious_mood"],
  ["people were panic buying toilet roll", "panic_attack"],
  ["I wired the money yesterday", "restlessness"],
  ["I missed the bus this morning", "agora_public_transport"],
  ["my dad had a heart attack last year", "panic_attack"],
  ["I'm obsessed with this new show", "intrusive_thoughts"],
  ["I check my phone a lot", "compulsion_checking"],
  ["I was checking my body for lumps", "compulsion_checking"],
  ["I lift weights every morning", "phobia_situational"],
  ["I hate dogs that bark at night", "phobia_animal"],
  ["my mom was pregnant with my sister", "perinatal_onset"],
  ["I felt amazing after my run", "elevated_mood"],
  ["I want to change the world someday", "grandiosity"],
  ["my friend is bipolar today lol", "mania_label"],
  ["the stock market has ups and downs", "mood_swings"],
  ["I can't throw a party this year", "difficulty_discarding"],
  ["my head is cluttered with thoughts", "clutter"],
  ["my red shirt got ruined", "blushing"],
  ["I'm a compulsive liar", "compulsion_general"],
  ["don't judge me but I love pineapple pizza", "fear_of_judgement"],
  ["the judge ruled against us", "fear_of_judgement"],
  ["I ordered food online", "compulsion_arranging"],
  ["we moved on from that argument", "stressor_life_event"],
  ["I'm fired up about the new season", "stressor_life_event"],
];

describe("core concepts", () => {
  it("defines exactly the shared core ids", () => {
    expect(coreConcepts.map((c) => c.id).sort()).toEqual([...CORE_IDS].sort());
  });

  it("keeps family concept ids distinct from core ids", () => {
    const core = new Set(CORE_IDS);
    for (const c of familyConcepts) expect(core.has(c.id), c.id).toBe(false);
  });

  it("gives every concept a label, plain words and compilable patterns", () => {
    for (const c of [...coreConcepts, ...familyConcepts]) {
      expect(c.label.length, c.id).toBeGreaterThan(3);
      expect(c.plain.length, c.id).toBeGreaterThan(3);
      for (const p of [...c.patterns, ...(c.exclude ?? [])]) expect(() => compilePattern(p), `${c.id}: ${p}`).not.toThrow();
    }
  });
});

describe("px phrase alternatives", () => {
  it("expands phrase braces and folds single words into one token alternative", () => {
    expect(px("mood {rock bottom|low|bad}")).toEqual(["mood low|bad", "mood rock bottom"]);
    expect(px("{of depression}? again")).toEqual(["of depression again", "again"]);
  });
});

describe("lexicon positives", () => {
  for (const [concept, sentences] of Object.entries(POSITIVES)) {
    it(`finds ${concept}`, () => {
      expect(CONCEPTS.some((c) => c.id === concept), `unknown concept ${concept}`).toBe(true);
      for (const s of sentences) expect(found(s), `"${s}" should match ${concept}`).toContain(concept);
    });
  }

  it("covers every family concept with at least three phrasings", () => {
    for (const c of familyConcepts) expect((POSITIVES[c.id] ?? []).length, c.id).toBeGreaterThanOrEqual(3);
  });
});

describe("lexicon hard negatives", () => {
  for (const [sentence, concept] of NEGATIVES) {
    it(`does not read "${sentence}" as ${concept}`, () => {
      expect(found(sentence)).not.toContain(concept);
    });
  }
});
