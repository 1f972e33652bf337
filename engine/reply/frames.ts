/**
 * Answers by the shape of the question, when the base has no sentence that meets the person's
 * situation. Blind raters' commonest fault was advice written for somebody else's life; the next
 * was the question left unanswered. Some questions have an honest answer whatever the situation,
 * because the answer is about the question's shape, not its subject:
 *
 *   why does someone else do it   → only they can say; what the pattern shows; name it to them
 *   why do I do it                 → it makes sense once you see when it happens; keep a note
 *   how do I get over / let go of  → it loosens rather than being decided; what it meant; meet the need
 *   how do I stop missing someone   → give the feeling room; something of your own to look forward to
 *   am I wrong / overreacting      → feelings are information; what you need and how to ask for it
 *   what does it mean              → only they can say; ask; be clear what you want
 *   how do I handle / avoid someone → you decide what you go along with; one sentence, said and kept
 *   is it okay that someone does it → not how common it is but what it does; talk it over with someone
 *   how do I tell / bring it up     → a calm time, why you are telling them, say it plainly, give them time
 *   why do I stay with someone unkind → the understandable reasons people stay; what it costs; support
 *   how do I forgive (myself)        → a process, not a feeling on demand; responsibility without self-punishment
 *
 * Each frame speaks in the person's own words where it can (the person by their role, the thing to
 * let go of), with a step of its own and the reason it helps.
 */
import { Said, pick } from "./phrasing.js";
import { readRequest } from "./read-request.js";
import { toSecondPerson } from "./reflect.js";

export type FrameId = "why-other" | "why-self" | "let-go" | "am-i-wrong" | "meaning" | "limits" | "conduct" | "telling" | "staying" | "forgiving";

export interface Frame {
  id: FrameId;
  /** The answer, one or two sentences. */
  answer: string;
  /** A step with its reason, when the frame has one. */
  step?: string;
}

/** A person by role, with the pronouns the frame's sentences need. */
interface Person {
  /** "your mom", "he". */
  name: string;
  subj: string;
  obj: string;
  poss: string;
}

const SHE = /^(?:mom|mum|mother|mama|wife|girlfriend|gf|sister|daughter|fianc[eé]e|grandma|grandmother|aunt|stepmom|stepmother|ex-wife|ex-girlfriend)$/i;
const HE = /^(?:dad|father|papa|husband|boyfriend|bf|brother|son|fianc[eé]|grandpa|grandfather|uncle|stepdad|stepfather|ex-husband|ex-boyfriend)$/i;
const ROLE_WORD = /^(?:mom|mum|mother|mama|wife|girlfriend|gf|sister|daughter|fianc[eé]e?|grandma|grandmother|aunt|stepmom|stepmother|ex-wife|ex-girlfriend|ex|dad|father|papa|husband|boyfriend|bf|brother|son|grandpa|grandfather|uncle|stepdad|stepfather|ex-husband|ex-boyfriend|partner|spouse|friend|friends|boss|parents|family|child|kid|kids|children|teacher|roommate|coworker|colleague|manager|best friend)$/i;

function personOf(determiner: string, noun: string): Person | undefined {
  const n = noun.toLowerCase();
  if (!ROLE_WORD.test(n)) return undefined;
  const plural = /^(?:friends|parents|family|kids|children)$/.test(n);
  const [subj, obj, poss] = plural ? ["they", "them", "their"] : SHE.test(n) ? ["she", "her", "her"] : HE.test(n) ? ["he", "him", "his"] : ["they", "them", "their"];
  const det = /^(?:my|our)$/i.test(determiner) ? "your" : determiner.toLowerCase();
  return { name: `${det} ${n}`, subj, obj, poss };
}

const PRONOUN: Record<string, Person> = {
  he: { name: "he", subj: "he", obj: "him", poss: "his" },
  she: { name: "she", subj: "she", obj: "her", poss: "her" },
  they: { name: "they", subj: "they", obj: "them", poss: "their" },
};
/** The person a question's object pronoun stands for ("forgive him", "handle them"). */
const OBJECT: Record<string, Person> = { him: PRONOUN.he, her: PRONOUN.she, them: PRONOUN.they };

/** "Why does my boyfriend …", "why can't my mom …", "why is he …": a question about someone else's doing. */
const WHY_OTHER = /\bwhy (?:does|do|is|are|did|would|will|won'?t|can'?t|cant|doesn'?t|don'?t|isn'?t|aren'?t|didn'?t|has|hasn'?t|keeps?) (?:(my|our|his|her) ((?:best |ex-?)?[a-z]+)|(he|she|they))\b/i;
/** "Why do I …", "why am I …", "why is it hard for me to …", "why can't I …". */
const WHY_SELF = /\bwhy (?:do|am|did|can'?t|cant|won'?t|would|have|does it|is it (?:so )?(?:hard|difficult) for) (?:i|me)\b(?! (?:still )?(?:with|married to|dating|staying with|in (?:this|a|the) relationship)\b)/i;
/** What to let go of: "let go of my dream wedding", "get over my ex cheating on me", "stop missing him". */
const LET_GO = /\b(let go of|get over|move on from|come to terms with|stop thinking about|forget about|stop missing|not miss)\s+([^?.!,]{2,70})/i;
/** What can be lost and grieved: a person, a relationship, an event, a hope or a plan. */
const LOSS = /\b(?:him|her|them|ex|ex-\w+|boyfriend|girlfriend|husband|wife|partner|fianc\w*|friend\w*|crush|mother|mom|mum|father|dad|parents?|sister|brother|son|daughter|family|relationship|marriage|breakup|break up|break-up|divorce|death|loss|grief|past|wedding|dream|dreams|career|job|plans?|future|life|home|house|childhood|betrayal|cheating|affair|what happened|what (?:he|she|they) did|miscarriage|baby|pregnancy|pet|dog|cat|friendship|love|someone|somebody|person|people|guy|girl|man|woman|team|school|college|university|chance|opportunity|mistake|mistakes|regrets?|it all)\b/i;
const GERUND: Record<string, string> = {
  "let go of": "Letting go of",
  "get over": "Getting over",
  "move on from": "Moving on from",
  "come to terms with": "Coming to terms with",
  "stop thinking about": "Thinking less about",
  "forget about": "Getting past",
  "stop missing": "Missing",
  "not miss": "Missing",
};
/** "How can I avoid family members who stress me out", "how do I handle my mother", "free myself from my mum". */
const LIMITS = /\bhow (?:do|can|should|could) (?:i|we) (?:deal with|handle|cope with|avoid|get away from|free (?:myself|ourselves) from|stand up to|set boundaries with|say no to|put up with) (?:(my|our|a|the) ((?:best |ex-?|step-?)?[a-z]+)|(him|her|them))\b(?!'s|’s)/i;
/**
 * "Is it healthy to embarrass a child as punishment?", "is it okay for him to do this?", "is my
 * relationship with my stepdad normal?": a question about someone's conduct, not the writer's
 * feelings — "a great many people go through it" would normalise it.
 */
const CONDUCT = /\bis (?:it|this|that) (?:normal|okay|ok|healthy|acceptable|right|appropriate|fair) (?:for (?:him|her|them|my \w+|a \w+|parents?|someone) to\b|to (?:\w+ ){1,3}?(?:a|my|your|their|his|her) (?:child|kid|son|daughter|partner|wife|husband|girlfriend|boyfriend|baby|teen|student)\b)|\bis (?:my|our) (?:relationship with (?:my|our) [a-z-]+|[a-z-]+'s behaviou?r) (?:normal|okay|ok|healthy)\b/i;
/** "Is this normal?" about what someone else does to the writer. */
const THIS_NORMAL = /\b(?:is|if|whether) (?:this|that|it) (?:is )?(?:normal|okay|ok|healthy|acceptable)\b/i;
const DONE_TO_ME = /\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mum|mother|step-?dad|step-?mom|step-?father|step-?mother|brother|sister|boss|teacher|coach|uncle|aunt|grandma|grandpa|friend))\b (?:always |keeps |often |never |constantly )?(?:\w+s|\w+ed) (?:me|my)\b/i;
/** "How do I tell my parents that…", "how can I bring up …with my dad", "how should I approach her about it". */
const TELLING = /\bhow (?:do|can|should|could|would) (?:i|we) (?:tell|talk to|bring (?:it |this |that )?up|raise|approach|explain (?:to|it to)|come out to|open up to|let (?:\w+ ){1,2}know|break (?:it|the news) to|confront)\b/i;
/** "Why am I still with my husband if he is mean?", "why can't I leave him?", "why do I stay with her?". */
const STAYING = /\bwhy (?:am i|do i|can'?t i|cant i|do i keep) (?:still )?(?:with|staying with|stay(?:ing)? with|stay|leave|leaving|married to|going back to|go back to)\b/i;
/** "How can I forgive myself?", "I can't forgive myself", "how do I forgive my dad?". */
const FORGIVE_SELF = /\b(?:how (?:do|can|could|will) i (?:ever |possibly )?forgive myself|(?:can'?t|cannot|can not|never) forgive myself)\b/i;
const FORGIVE_OTHER = /\bhow (?:do|can|could|should) i (?:ever |possibly )?forgive (?:(my|our) ((?:best |ex-?|step-?)?[a-z]+)|(him|her|them))\b/i;
/** "Am I wrong…", "am I overreacting", "I'm wondering if I'm exaggerating my feelings". */
const AM_I_WRONG = /\b(?:am i (?:wrong|being (?:unreasonable|dramatic|selfish|too sensitive)|unreasonable|overreacting|over-reacting|exaggerating|too sensitive|selfish|crazy to)|(?:if|whether) i(?:'m| am) (?:wrong|exaggerating|overreacting|over-reacting|being unreasonable|too sensitive|the unreasonable one))\b/i;
/** "What does that mean for our marriage?", "what does it mean when he …". */
const MEANING = /\bwhat (?:does|do|could|might|would) (?:that|this|it|all this) mean\b/i;

/**
 * A closing question in the person's own terms, when the base has none that fits: about the goal
 * they asked for ("how can I get over social anxiety" → what they have tried to get over it) or the
 * person they named first. Undefined when neither reads cleanly.
 */
export function questionInTheirTerms(goal: string | undefined, role: string | undefined, seed: string, said: Said, asked: ReadonlySet<string>): string | undefined {
  const options: string[] = [];
  if (goal && goal.split(/\s+/).length <= 9 && !/\b(?:you|your|yourself)\b.*\b(?:you|your|yourself)\b/.test(goal) && /^[a-z]/.test(goal)) {
    options.push(`What have you already tried to ${goal}, and what happened?`, `What would be the first small sign that you were beginning to ${goal}?`);
  }
  const who = role ? personOf("your", role.replace(/^your /, "")) : undefined;
  // Not about an ex: "what would your ex say" works against moving on.
  if (who && !/\bex\b|^your ex-/.test(who.name)) {
    options.push(`What do you think ${who.name} would say if you told ${who.obj} how this has been for you?`, `What would you most like to be different between you and ${who.name}?`);
  }
  const open = options.filter((q) => !asked.has(q));
  return open.length ? pick(open, seed + "qt", said, (q) => q) : undefined;
}

/** The frame that fits the person's question, if any; `role` is the person they name first ("your husband"). */
export function frameFor(question: string | undefined, text: string, seed: string, said: Said, role?: string): Frame | undefined {
  const q = question ?? "";
  if (AM_I_WRONG.test(q) || AM_I_WRONG.test(text)) return amIWrong(seed, said);
  if (CONDUCT.test(q) || (THIS_NORMAL.test(q) && DONE_TO_ME.test(text))) return conduct(seed, said);
  const other = WHY_OTHER.exec(q);
  if (other) {
    const who = other[3] ? PRONOUN[other[3].toLowerCase()] : personOf(other[1], other[2]);
    if (who) return whyOther(who, seed, said);
  }
  if (WHY_SELF.test(q)) return whySelf(whatHappens(q), seed, said);
  const go = LET_GO.exec(q);
  // Only a loss lets go: a person, a relationship, an event, a hope ("imposter syndrome" or "my anxiety" is not grieved).
  if (go && LOSS.test(go[2].split(/\s+/).slice(0, 3).join(" "))) {
    const what = toSecondPerson(go[2].trim().replace(/\s+(?:and|but|so)\s*$/i, ""));
    const verb = GERUND[go[1].toLowerCase()] ?? "Letting go of";
    // "Missing your boyfriend while he's away" eases; it is not let go of.
    if (verb === "Missing") return missing(what, seed, said);
    return letGo(`${verb} ${what}`, seed, said);
  }
  if (TELLING.test(q)) return telling(seed, said);
  if (STAYING.test(q)) return staying(seed, said);
  if (FORGIVE_SELF.test(q)) return forgiving(undefined, seed, said);
  const forgive = FORGIVE_OTHER.exec(q);
  if (forgive) {
    const who = forgive[3] ? OBJECT[forgive[3].toLowerCase()] : personOf("your", forgive[2]);
    if (who) return forgiving(who, seed, said);
  }
  const limits = LIMITS.exec(q);
  if (limits) {
    const who = limits[3] ? OBJECT[limits[3].toLowerCase()] : personOf("your", limits[2].replace(/s$/, "") === "member" ? "family" : limits[2]);
    if (who) return limitsFrame(who, seed, said);
  }
  if (MEANING.test(q)) {
    const m = /\b(?:my|our) (husband|wife|boyfriend|girlfriend|partner|spouse|ex|fianc[eé]e?|mom|mum|dad|mother|father|friend|boss)\b/i.exec(text);
    const who = m ? personOf("your", m[1]) : role ? personOf("your", role.replace(/^your /, "")) : undefined;
    return meaning(who, seed, said);
  }
  return undefined;
}

function one<T>(options: T[], seed: string, said: Said, render: (x: T) => string): string {
  return pick(options, seed, said, render) ?? render(options[0]);
}

/** A frame from its phrasings of the answer and of the step, each chosen by the person's words (`keys` seed each choice). */
function frame(id: FrameId, answers: string[], steps: string[], seed: string, said: Said, keys: [string, string]): Frame {
  return { id, answer: one(answers, seed + keys[0], said, (s) => s), step: one(steps, seed + keys[1], said, (s) => s) };
}

function whyOther(p: Person, seed: string, said: Said): Frame {
  return frame(
    "why-other",
    [
      `Only ${p.name} can really say what is behind it, and even ${p.subj} may not fully know. What you can see is the pattern and what it does to you: behaviour like this usually says more about what is going on for ${p.obj} — ${p.poss} own worries, habits or ways of coping — than about your worth.`,
      `Nobody but ${p.name} can answer that for certain, and people are often unsure of their own reasons. Looking at when it happens and what comes just before usually tells you more than guessing at ${p.poss} motives, and it keeps your attention on what you need.`,
    ],
    [
      `At a calm moment, tell ${p.obj} plainly what you have noticed, how it leaves you feeling and what you would like instead, and then ask what is going on for ${p.obj} — naming a pattern without blame is the surest way to learn what is behind it, and ${p.poss} answer will tell you a lot.`,
      `Before you raise it, write down two or three times it happened, what ${p.subj} did and how you felt, so you can describe it to ${p.obj} in concrete terms — specific moments are much harder to brush aside than "you always", and they make a real conversation more likely.`,
    ],
    seed,
    said,
    ["fwo", "fwos"],
  );
}

/** "Why do I feel so lonely when I have friends?" → "you feel so lonely when you have friends"; undefined when it does not read as a clause. */
function whatHappens(question: string): string | undefined {
  const restated = readRequest(question).restated;
  const m = restated ? /^why (.{6,90})$/.exec(restated) : null;
  if (!m) return undefined;
  const clause = m[1].replace(/^is it /, "it is ").replace(/^are you /, "you are ");
  return /^(?:you|it is)\b/.test(clause) ? clause : undefined;
}

function whySelf(clause: string | undefined, seed: string, said: Said): Frame {
  return frame(
    "why-self",
    [
      `${clause ? `When ${clause}, it` : "It"} usually starts to make sense once you look closely at when it happens: what comes just before, what you feel in that moment, and what it does for you or spares you. Reactions like this are often ways of coping that were learned for a reason, even if they cost you now, so it is worth getting curious about them rather than judging yourself.`,
      `There is usually a reason${clause ? ` ${clause}` : ""}, even when it feels random: strong reactions tend to follow particular triggers, tiredness or stress, or an old hurt that a small moment touches. Understanding yours starts with noticing the pattern rather than blaming yourself for it.`,
      `${clause ? `That ${clause} is` : "This is"} not a sign that something is wrong with you; it is usually the end of a chain — a trigger, a thought about what it means, a feeling, and what you then do — and each link is something you can learn to notice and loosen.`,
    ],
    [
      "For the next week, each time it happens, jot down what was going on just before, what you felt and what you did next — after a few entries the pattern usually becomes clearer, and it gives you, or a counsellor, something concrete to work with.",
      "Keep a short note on your phone this week: the moment it happened, what you were thinking and feeling just before, and how strong it was from 0 to 10 — seeing it written down turns something that feels random into a pattern you can start to change.",
      "Pick one recent time it happened and walk back through it slowly — where you were, who was there, the first thing you felt and the first thing you told yourself — because going through one moment in detail often shows the trigger more clearly than thinking about it in general.",
    ],
    seed,
    said,
    ["fws", "fwss"],
  );
}

function letGo(subject: string, seed: string, said: Said): Frame {
  return frame(
    "let-go",
    [
      `${subject} rarely happens by deciding to; it tends to loosen when you let yourself feel the disappointment or hurt instead of arguing with it, and when your mind goes back to it, you notice that and gently bring yourself back to what is in front of you.`,
      `${subject} usually takes longer than people expect, and it is rarely a straight line: some days it will feel settled and others raw again. What helps most is making room for what you feel, naming what it meant to you, and putting your energy into what you want your life to hold now.`,
    ],
    [
      "Write down what you hoped for or what it meant to you, and beside it one small way you could have a little of that in your life now — the ache for what did not happen eases when the need underneath it is met another way.",
      "When it comes back to mind this week, name it to yourself (\"there's that old hurt again\") and then turn to one thing you can do in the next ten minutes — naming a thought takes some of its pull away, and small actions bring you back to the life you are living now.",
    ],
    seed,
    said,
    ["flg", "flgs"],
  );
}

function missing(what: string, seed: string, said: Said): Frame {
  return frame(
    "let-go",
    [
      `Missing ${what} is a natural sign of how much it matters to you, and it rarely eases by trying not to feel it; it tends to settle when you let the feeling come and go, and fill your days with things that are yours.`,
      `Missing ${what} is not something to fix so much as something to carry more lightly: the harder you push the feeling away, the louder it tends to get, while giving it a little room usually lets it pass more quickly.`,
    ],
    [
      "Plan one thing for each of the hardest parts of the day — a walk, a call with a friend, something you have been meaning to do — so the time is not only waiting, because having something of your own to look forward to makes the gap feel shorter.",
      "When the feeling comes, give it two minutes: notice where you feel it, name it, and then turn to one small thing you can do next — making room for a feeling usually takes less out of you than fighting it all day.",
    ],
    seed,
    said,
    ["fmi", "fmis"],
  );
}

function amIWrong(seed: string, said: Said): Frame {
  return frame(
    "am-i-wrong",
    [
      "Your feelings here are not wrong: they tell you that something matters to you. What is worth looking at is what you do with them — saying plainly what you need, and listening to what the other person needs — and that is usually where a fair answer lies.",
      "Feelings are not right or wrong in themselves, and it makes sense that you feel this way given what you describe. The more useful question is what you need now, and how you can ask for it in a way the other person can hear.",
    ],
    [
      "Try putting it into one sentence in the form \"When ___ happened, I felt ___, and what I need is ___\" before you talk it over — it keeps the conversation on what happened and what you need, rather than on who is right.",
      "Ask yourself what you would say to a friend who told you exactly this, and write that down — we are usually fairer to others than to ourselves, and it helps you see whether you are being too hard on yourself or on them.",
    ],
    seed,
    said,
    ["faw", "faws"],
  );
}

function meaning(p: Person | undefined, seed: string, said: Said): Frame {
  const them = p ? p.name : "the other person";
  const answer = one(
    [
      () => `No one can tell from the outside for certain what it means, and the clearest way to know is to ask ${p ? p.obj : "them"} directly. Meanwhile it helps to get clear about what you want yourself, so you are not left waiting for ${p ? `${p.poss}` : "someone else's"} decision.`,
      () => `Only ${them} can say for sure what it means, and guessing tends to swing between hope and dread. A calm, direct question usually tells you more than any sign, and knowing what you want gives you somewhere to stand whatever the answer is.`,
    ],
    seed + "fm",
    said,
    (f) => f(),
  );
  return { id: "meaning", answer };
}

function limitsFrame(p: Person, seed: string, said: Said): Frame {
  return frame(
    "limits",
    [
      `You can't control what ${p.name === "they" ? "they do" : `${p.name} ${p.subj === "they" ? "do" : "does"}`}, but you can decide what you will go along with and say it plainly: one calm sentence about what you will and won't do, said once and then kept to, usually works better than long arguments or going quiet and stewing.`,
      `With someone close, the part you can change is your side of it: how much time and energy you give, when you step away, and what you say when it starts. Limits said kindly and kept consistently are not unkind — they are what lets you stay in touch without being worn down.`,
    ],
    [
      `Choose one situation with ${p.obj} that keeps happening and write the sentence you will use next time, such as "I can talk for ten minutes, then I need to go" — deciding it in advance makes it much easier to hold to kindly when the moment comes.`,
      `Before your next contact with ${p.obj}, decide one limit you will keep — a time you will end the call, a subject you will not discuss — and notice afterwards how it went, because a small limit you actually keep teaches both of you more than a big one you can't.`,
    ],
    seed,
    said,
    ["fl", "fls"],
  );
}

function conduct(seed: string, said: Said): Frame {
  return frame(
    "conduct",
    [
      "Whether it is okay depends less on how common it is than on what it does to the person on the receiving end: behaviour that leaves someone uncomfortable, humiliated, afraid or unsafe is worth taking seriously, whoever it comes from, and your unease is worth listening to.",
      "What matters is not whether other people do it but what it does: if it leaves someone feeling small, frightened or uneasy, that is a real reason for concern, and you are right to ask.",
    ],
    [
      "Talk it over with someone you trust outside the situation — a friend, a relative, a teacher, a doctor or a counsellor — and describe exactly what happens, because saying it out loud to someone else usually makes it clearer whether it is okay, and you don't have to judge it alone.",
      "Write down what happened, when, and how it left you feeling, in plain words, and show it to someone you trust — a clear account helps you and them see the pattern, and it is useful if you later want to ask for help.",
    ],
    seed,
    said,
    ["fc", "fcs"],
  );
}

function telling(seed: string, said: Said): Frame {
  return frame(
    "telling",
    [
      "There is rarely a perfect moment, but it helps to choose a calm, private time, start with why you are telling them (\"I want you to know what's going on with me\"), say the main thing plainly in a sentence or two, and then give them time to react — first reactions are often not the final ones.",
      "It usually goes better when you pick a quiet moment rather than the middle of an argument, say plainly what you want them to know and what you are hoping for from them, and let them take it in before expecting an answer; you can always come back to it once it has settled.",
    ],
    [
      "Write down the two or three sentences you most want to say and practise them out loud, alone or with someone you trust, because having the words ready makes it much easier to start and gives you something to return to if the conversation wanders.",
      "Decide in advance what you will do if it goes badly — end the conversation kindly, take a break, or call a friend afterwards — because knowing you have a way out makes it easier to begin and to stay calm.",
    ],
    seed,
    said,
    ["ft", "fts"],
  );
}

function staying(seed: string, said: Said): Frame {
  return frame(
    "staying",
    [
      "People stay with someone who treats them badly for many understandable reasons — love, hope that the good times will come back, fear of being alone, money, children, or having slowly come to believe they deserve no better — and none of them means something is wrong with you.",
      "Staying usually makes more sense than it feels from the inside: the good moments keep hope alive, leaving can feel frightening or impossible, and being put down over time wears away the confidence you would need to go.",
    ],
    [
      "Write two lists this week, what keeps you in the relationship and what it is costing you, and show them to someone you trust or a counsellor — seeing both sides in plain words makes the choice clearer and less lonely, whatever you decide.",
      "Talk to one person outside the relationship this week about how you are treated — a friend, a relative or a helpline — because unkindness that stays private tends to feel normal, and another person's view helps you see it clearly.",
    ],
    seed,
    said,
    ["fst", "fsts"],
  );
}

function forgiving(p: Person | undefined, seed: string, said: Said): Frame {
  if (!p) {
    return frame(
      "forgiving",
      [
        "Forgiving yourself is less a feeling you can switch on than something you practise: owning what you did, making amends where you can, and then treating yourself the way you would treat a friend who had done the same — accountable, but not punished for ever.",
        "Guilt is useful when it points you towards repair; once you have learned what it had to teach you, going on punishing yourself helps no one, and self-forgiveness is what lets you act differently from here.",
      ],
      [
        "Write a short letter to yourself as you would to a close friend who had done the same thing — name what happened honestly, what you have learned, and what you would say to help them move forward — because we are usually far fairer to others than to ourselves.",
        "Make a short list of what, if anything, you can still do to repair it, and do one of those things this week — guilt eases most when it turns into action, and when there is nothing left to repair, that is your sign to start letting it go.",
      ],
      seed,
      said,
      ["ffs", "ffss"],
    );
  }
  return frame(
    "forgiving",
    [
      `Forgiving ${p.name === "they" ? "someone" : p.name === "he" || p.name === "she" ? p.obj : p.name} does not mean saying what happened was okay, or trusting ${p.obj} again straight away; it means slowly putting down the weight of the anger for your own sake, and it usually comes in its own time rather than on demand.`,
      `Forgiveness is a process rather than a decision, and it is yours to give or not: you can acknowledge the hurt fully, decide what you need from ${p.obj} now, and still let go of the resentment over time so it stops running your days.`,
    ],
    [
      `Write down what ${p.subj === "they" ? "they" : p.subj} did, how it affected you and what you would need to see or hear to feel a little lighter about it — naming the hurt precisely is usually the first step towards being able to set it down.`,
      `Notice this week when resentment about ${p.obj} comes up and what it is asking for — an apology, a boundary, some distance — because knowing what the anger needs tells you what to do with it.`,
    ],
    seed,
    said,
    ["ffo", "ffos"],
  );
}
