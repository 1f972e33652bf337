/** Varied first-person messages for load: symptoms, ordinary troubles, follow-ups. */
export const BENCH_MESSAGES = [
  "I've been feeling really low for about a month and nothing is fun anymore.",
  "I can't sleep, I wake at 4am and I'm exhausted all day.",
  "My boss keeps piling work on me and I'm anxious all the time.",
  "I keep checking the stove and the locks over and over before I leave.",
  "Sometimes my heart races out of nowhere and I think I'm dying.",
  "My girlfriend and I keep fighting about money and I don't know what to do.",
  "Since the accident in March I get flashbacks and I won't drive anymore.",
  "I binge at night and then feel disgusting and make myself throw up.",
  "Honestly I'm fine most days, just stressed about exams next week.",
  "I drink most nights now, a bottle of wine at least, and I hide it from my wife.",
];
