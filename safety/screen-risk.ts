/**
 * Rule-based risk screening (C-SSRS screener triage), pure and synchronous: no model, no
 * I/O. It runs before anything else on every turn, so a person in crisis gets crisis
 * resources even when every model is down.
 *
 * Pipeline for one message: normalise (normalize-text.ts) -> run every rule (risk-rules.ts)
 * -> read each hit in context (risk-context.ts: negation, past, someone else, question,
 * fiction) -> combine hits across the message (ideation + method, preparatory cues, threat
 * + weapon, withdrawal + seizures...) -> one RiskAssessment with verbatim evidence.
 */
import { mergeRisk } from "./merge-risk.js";
import { normalizeText, originalSpan, sentences, type NormalizedText, type Span } from "./normalize-text.js";
import { REPORTED_DENIAL, RETRACTED, clauseOf, isFiction, isGeneralQuestion, isInGame, isNegated, subjectOf, timeOf, type Subject } from "./risk-context.js";
import { ALL_RULES, METHOD_MENTION, type RiskRule } from "./risk-rules.js";
import { mayMatch, messageIndex, triggersFor, type Triggers } from "./rule-triggers.js";
import { NO_RISK, maxRiskLevel, type RiskAssessment, type RiskFinding, type RiskFlag, type RiskLevel } from "./types.js";

/** One rule hit read in context. */
interface Hit {
  rule: RiskRule;
  from: number;
  to: number;
  sentence: Span;
  subject: Subject;
  time: "past" | "current";
}

/** What a screen may know from earlier turns of the same conversation. */
export interface ScreenContext {
  /** Current suicidal ideation was already disclosed: a later "I have a plan" is a plan. */
  priorIdeation?: boolean;
}

const REPORTED_QUESTION = /\b(?:asked|asks|asking|ask) (?:me |us |him |her |them )?(?:if|whether)\b/;
const HYPOTHETICAL = /\b(?:if|what if|whether|suppose|imagine|hypothetically)\b/;
const SUBSTANCE = /\b(?:drink\w*(?! (?:coffee|tea|water|soda|pop|coke|juice|milk|energy drinks?|caffeine|fizzy))|drank(?! (?:coffee|tea|water))|alcohol|booze|beer|wine|vodka|whiskey|liquor|sober|benzo\w*|xanax|valium|klonopin)\b/;
const WEAPON = /\b(?:gun|shotgun|pistol|handgun|rifle|firearm|knife|machete|weapon)\b/;
const ABUSE_ACUTE =
  /\b(?:(?:i am |am |been |i have been )?(?:hiding|locked my ?self|barricaded my ?self) (?:\w+ ){0,2}?(?:in|from|under|behind)|(?:he|she|they) (?:is|are) (?:outside (?:the|my) (?:door|room)|banging on (?:the|my) door|trying to (?:get|break|kick) (?:in|the door))|(?:down|off) the (?:stairs|staircase|balcony)|knocked (?:me )?(?:out|unconscious)|broke my (?:arm|nose|ribs?|jaw|wrist|fingers?|tooth|teeth|cheekbone)|(?:need|needed|had) (?:stitches|to go to (?:a and e|the hospital|hospital|the er))|concussion)\b/;

function sentenceAt(spans: Span[], at: number): Span {
  return spans.find((s) => at >= s.from && at < s.to) ?? { from: 0, to: at + 1 };
}

const TITLE_CUE = /\b(?:album|song|songs|track|lyrics?|title|titled|called|named|book|film|movie|episode|poem|band|single|quote|quoting|sings?|sang)\b/;
/** A message about songs or lyrics ("the Johnny Cash version… what other songs…"), where a quoted line is sung, not said. */
const LYRIC_MESSAGE = /\b(?:song|songs|lyrics?|album|chorus|verse|opening line|cover version|the \w+ version|singer|band)\b/;

/** True when [from, to) sits inside quotation marks in a sentence (or a message about songs) that talks about a title or lyric. */
function insideQuotedTitle(text: string, sentence: Span, from: number, to: number): boolean {
  const s = text.slice(sentence.from, sentence.to);
  if (!TITLE_CUE.test(s) && !LYRIC_MESSAGE.test(text)) return false;
  for (const m of s.matchAll(/(["'])(?=\S)([^"]{3,200}?)\1(?=\W|$)/g)) {
    const a = sentence.from + (m.index ?? 0);
    const b = a + m[0].length;
    if (from >= a && to <= b) return true;
  }
  return false;
}

/** A condition that is a petty repeat: "if … one more time", "if one more person asks…". */
const PETTY_CONDITION = /\bif\b(?: \S+){0,10}? one more (?:time|person|people|guest|relative|customer|email|call|meeting|thing|typo|mistake|question|comment|word|minute|day|kid|student|of)\b|\bif i (?:have|had|have got|had got|hear|heard|see|saw) (?:to )?(?:sit|listen|hear|watch|read|deal|mark|attend|eat|answer|reply|explain|fill|file|proofread|edit|do) (?:\S+ ){0,8}?one more\b/;
/** Violence in the condition ("if he hits me one more time…"): a threat in answer to harm. */
const VIOLENT_CONDITION = /\bif\b(?: \S+){0,6}? (?:hits?|hit me|touch\w*|hurts?|beats?|lays? a (?:hand|finger)|grabs?|chokes?|shoves?|pushes|slaps?|kicks?|threatens?)\b/;

const triggers = new Map<RiskRule, Triggers | undefined>();

/** A simile just before the hit: "I feel like (I'm)…", "as if I were…", "it's like I'm…". */
const SIMILE = /\b(?:(?:feel|feels|felt|feeling) like|as (?:if|though)|it is like|(?:it|this|that) is as if) (?:i am |i was |i were |i have been )?(?:\w+ )?$/;

/** Every rule hit in the message that survives its context checks. */
function collectHits(n: NormalizedText): Hit[] {
  const spans = sentences(n.text);
  const hits: Hit[] = [];
  const index = messageIndex(n.text);
  // A denial the person calls a lie ("she asked if I'd had thoughts of killing myself, I said no, which was a lie").
  const retracts = RETRACTED.test(n.text);
  for (const rule of ALL_RULES) {
    // Most rules cannot match without one of their leading words: skip those cheaply.
    if (!triggers.has(rule)) triggers.set(rule, triggersFor(rule.re.source));
    if (!mayMatch(triggers.get(rule), index)) continue;
    for (const m of n.text.matchAll(rule.re)) {
      const raw = m[0];
      const from = m.index ?? 0;
      const to = from + raw.replace(/\s+$/, "").length;
      if (to <= from) continue;
      const sentence = sentenceAt(spans, from);
      const sText = n.text.slice(sentence.from, sentence.to);
      const prefix = n.text.slice(sentence.from, from);
      if (rule.unless && rule.unless.test(sText)) continue;
      // Deaths inside a video game are the character's, "myself" included.
      if (isInGame(sText)) continue;
      // "If one more person asks me about the seating plan I'll throw myself off a balcony", "if he leaves
      // his pans one more time I'm going to strangle him": a petty repeat as the condition, no weapon, no
      // violence in it, is a hyperbole (a threat conditioned on being hit or touched is not).
      if ((rule.flag === "suicidal_ideation" || rule.flag === "harm_to_others") && !rule.weak && PETTY_CONDITION.test(sText) && !WEAPON.test(sText) && !VIOLENT_CONDITION.test(sText)) continue;
      // Quoted titles ("an album called 'I Hate Myself and Want to Die'") are not disclosures.
      if (insideQuotedTitle(n.text, sentence, from, to)) continue;
      if (rule.requires && !rule.requires.test(sText)) continue;
      // Reported questions ("my therapist asked if I'd ever been suicidal") are not disclosures.
      // …unless the message says the answer given was a lie: then what was asked, or denied, is theirs.
      const retracted = retracts && REPORTED_DENIAL.test(sText);
      if (!retracted && !rule.evenInQuestions && REPORTED_QUESTION.test(clauseOf(prefix))) continue;
      if (!retracted && rule.hypotheticalSkips && HYPOTHETICAL.test(clauseOf(prefix))) continue;
      if (rule.similesSkip && SIMILE.test(clauseOf(prefix))) continue;
      if (!retracted && rule.negatable !== false && isNegated(prefix, raw, rule.negationInside ?? false)) continue;
      if (!rule.evenInQuestions && isGeneralQuestion(sText)) continue;
      // In a sentence about a story, a character named before the hit is its subject whatever the
      // rule expects ("I'm writing a novel where the protagonist considers suicide").
      let subject: Subject = rule.subject === "any" || isFiction(sText) ? subjectOf(prefix, raw) : "self";
      // Abuse is told of its victim: "my husband raped me" has the husband as its subject and the
      // writer as the one it happened to.
      if (rule.flag === "abuse" && subject === "other" && (/\b(?:me|us)$/.test(raw) || /^\s+(?:me|us)\b/.test(n.text.slice(to, to + 8)))) subject = "self";
      if (subject === "generic") continue;
      // Films, books and games: someone else's story, or violence in a game, is not a disclosure.
      if (!rule.evenInFiction && isFiction(sText) && (subject === "other" || rule.flag === "harm_to_others")) continue;
      const time = rule.historical ? timeOf(sText, n.text) : "current";
      hits.push({ rule, from, to, sentence, subject, time });
    }
  }
  return hits.sort((a, b) => a.from - b.from);
}

function finding(n: NormalizedText, rule: string, flag: RiskFlag, level: RiskLevel, from: number, to: number): RiskFinding {
  return { rule, flag, level, evidence: originalSpan(n, from, to) };
}

/** Turns context-read hits into findings, applying the combinations that need several cues. */
function combine(n: NormalizedText, hits: Hit[], ctx: ScreenContext): { findings: RiskFinding[]; escalate: boolean } {
  const out: Array<RiskFinding & { at: number; escalate: boolean }> = [];
  const add = (h: Pick<Hit, "from" | "to">, rule: string, flag: RiskFlag, level: RiskLevel, escalate: boolean) =>
    out.push({ ...finding(n, rule, flag, level, h.from, h.to), at: h.from, escalate });

  const current = hits.filter((h) => h.time === "current");
  const selfCurrent = current.filter((h) => h.subject === "self");
  const weakOf = (group: RiskRule["weak"]) => selfCurrent.filter((h) => h.rule.weak === group);
  const strong = (h: Hit) => !h.rule.weak;
  const siNow = ctx.priorIdeation || selfCurrent.some((h) => strong(h) && h.rule.flag === "suicidal_ideation" && h.rule.id !== "inj.lethal-means");
  const htoNow = selfCurrent.some((h) => strong(h) && h.rule.flag === "harm_to_others");
  const abuseNow = current.some((h) => strong(h) && h.rule.flag === "abuse");

  // Direct findings: strong rules, read for time and subject.
  for (const h of hits) {
    if (!strong(h)) continue;
    const r = h.rule;
    if (h.time === "past") {
      if (h.subject === "self") add(h, `${r.id}.past`, "past_risk", "low", false);
      continue; // someone else's past (a friend who died by suicide years ago) is not a current risk
    }
    if (h.subject === "other") {
      add(h, `${r.id}.third-party`, "third_party_risk", r.level === "none" ? "low" : r.level, true);
      for (const f of r.alsoFlags ?? []) if (f !== "psychosis") add(h, `${r.id}.third-party`, f, r.level, true);
      continue;
    }
    add(h, r.id, r.flag, r.level, r.escalate);
    for (const f of r.alsoFlags ?? []) add(h, r.id, f, r.level, r.escalate);
  }

  // Lethal-means requests are a warning sign in themselves (C-SSRS: researching a method).
  for (const h of selfCurrent.filter((x) => x.rule.id === "inj.lethal-means")) {
    const aboutOthers = /\b(?:someone|somebody|a person|him|her|my (?:\w+ )?(?:husband|wife|partner|boss|ex|dad|mom|father|mother|brother|sister|roommate))\b/.test(n.text.slice(h.from, h.to));
    if (aboutOthers) add(h, "hto.lethal-means-request", "harm_to_others", "moderate", true);
    // About one's own medicine or body ("how many of my amitriptyline would it take"): a method being weighed.
    else if (/\b(?:my|i|me|myself)\b/.test(n.text.slice(h.from, h.to))) add(h, "si.lethal-means-request.own", "suicidal_ideation", "moderate", true);
    else add(h, "si.lethal-means-request", "suicidal_ideation", "low", true);
    for (const c of weakOf("cover")) add(c, "inj.cover", "prompt_injection", "none", false);
  }

  // Ideation plus a method anywhere in the message -> "with a method" (moderate).
  if (siNow && !out.some((f) => f.flag === "suicidal_ideation" && f.level !== "low")) {
    const m = METHOD_MENTION.exec(n.text);
    if (m) add({ from: m.index, to: m.index + m[0].length }, "si.method.mention", "suicidal_ideation", "moderate", true);
  }

  // Preparatory cues: with ideation, or two together, they are preparation (high). A veiled
  // ideation cue ("I've made my peace with it") counts as the second sign.
  // Two patterns over the same words are one cue, not two ("wrote a note for my sister").
  const prep = weakOf("prep").filter((h, i, all) => !all.some((o, j) => j < i && o.from < h.to && h.from < o.to));
  const veiled = weakOf("veiled");
  if (prep.length && (siNow || prep.length >= 2 || veiled.length)) for (const h of prep) add(h, h.rule.id, "suicidal_ideation", "high", true);
  // Veiled ideation: two euphemisms together, or one with ideation or preparation, escalate (low).
  if (veiled.length && (siNow || prep.length || veiled.length >= 2)) for (const h of veiled) add(h, h.rule.id, "suicidal_ideation", "low", true);

  // Stopping life-sustaining medication (or mixing it with alcohol) with indifference to what happens.
  const neglect = weakOf("neglect");
  const indifferent = weakOf("indifference");
  const indifferentStrong = selfCurrent.some((h) => h.rule.id === "si.passive.indifferent");
  if (neglect.length && (indifferent.length || indifferentStrong || siNow)) {
    for (const h of [...neglect, ...indifferent]) add(h, h.rule.id, "suicidal_ideation", "moderate", true);
  }

  // Harm to others: a target's whereabouts or a weapon turn intent into a plan with means.
  const htoWeak = weakOf("hto");
  const hasLocation = htoWeak.some((h) => h.rule.id === "hto.location");
  const hasMeans = htoWeak.some((h) => h.rule.id === "hto.means");
  const htoKinds = new Set(htoWeak.map((h) => h.rule.id)).size;
  if (htoWeak.length && (htoNow || (hasLocation && hasMeans) || htoKinds >= 2)) for (const h of htoWeak) add(h, h.rule.id, "harm_to_others", "high", true);

  // Abuse: coercive control or fear of going home count with violence or together; a weapon raises it.
  const abuseWeak = current.filter((h) => h.rule.weak === "abuse");
  // A child's own age with being locked in or not fed is a child at risk (a checked phone is not).
  const minorAge = current.some((h) => h.rule.weak === "minor");
  const deprivation = abuseWeak.some((h) => /\b(?:locks?|locked|food|dinner|meals?|feed|feeding|eat|breakfast|lunch|supper|tea)\b/.test(n.text.slice(h.from, h.to)));
  if (abuseWeak.length && (abuseNow || abuseWeak.length >= 2 || (minorAge && deprivation))) for (const h of abuseWeak) add(h, h.rule.id, "abuse", "moderate", true);
  // Boundary violations and grooming: with a minor's age, another such sign, or abuse.
  const boundary = current.filter((h) => h.rule.weak === "boundary");
  const minor = current.some((h) => h.rule.weak === "minor");
  if (boundary.length && (minor || abuseNow || abuseWeak.length || boundary.length >= 2)) for (const h of boundary) add(h, h.rule.id, "abuse", "moderate", true);
  // Sexualised conduct passed off as play or attention: a child at risk when a young writer is touched
  // there, or with two such signs beside their young age or a step-parent, uncle, coach or the like
  // (not a partner's teasing, not a mother's remark on clothes).
  const conduct = current.filter((h) => h.rule.weak === "conduct");
  const trustedAdult = /\b(?:step ?dad|step ?father|step ?mom|step ?mum|step ?mother|uncle|grandpa|grandfather|(?:mom|mum|mam|mother)(?: i|')?s boyfriend|step ?brother|cousin|coach|teacher|tutor|pastor|priest|babysitter|family friend)\b/.test(n.text);
  const touched = conduct.some((h) => /\b(?:butt|bum|ass|bottom|backside|behind|chest|boobs|breasts|thighs?|crotch)\b/.test(n.text.slice(h.from, h.to)) && !/\bcomment|remark/.test(n.text.slice(h.from, h.to)));
  const signs = new Set(conduct.map((h) => h.from)).size;
  if (conduct.length && ((minor && touched) || (signs >= 2 && (minor || trustedAdult)))) for (const h of conduct) add(h, h.rule.id, "abuse", "moderate", true);
  // Online grooming cues (an adult's age, a stranger who wants to meet): only beside a child's age.
  if (minor) for (const h of current.filter((x) => x.rule.weak === "grooming")) add(h, h.rule.id, "abuse", "moderate", true);
  if (abuseNow) {
    const w = WEAPON.exec(n.text);
    if (w) add({ from: w.index, to: w.index + w[0].length }, "abuse.weapon", "abuse", "high", true);
    // Hiding from the abuser now, or a serious injury: danger now, not only a history of violence.
    const acute = ABUSE_ACUTE.exec(n.text);
    if (acute) add({ from: acute.index, to: acute.index + acute[0].length }, "abuse.acute", "abuse", "high", true);
  }

  // Withdrawal with seizures, hallucinations or confusion is an emergency; tremor alone needs a doctor.
  if (SUBSTANCE.test(n.text)) {
    const cues = weakOf("withdrawal");
    const severe = selfCurrent.filter((h) => h.rule.id === "med.withdrawal-severe");
    const tremor = selfCurrent.filter((h) => h.rule.id === "med.withdrawal-tremor");
    if (cues.length && severe.length) for (const h of [...cues, ...severe]) add(h, h.rule.id, "medical_emergency", "high", true);
    else if (cues.length && tremor.length) for (const h of tremor) add(h, h.rule.id, "medical_concern", "low", false);
  }

  // Restrictive eating: fainting or chest pain is an emergency; dizziness or cold is a concern.
  if (weakOf("restriction").length) {
    for (const h of weakOf("restriction-acute")) add(h, h.rule.id, "medical_emergency", "high", true);
    for (const h of weakOf("restriction-sign")) add(h, h.rule.id, "medical_concern", "low", false);
  }

  // Mania: only with a sign of mania; physical danger escalates, spending sprees do not.
  if (weakOf("mania").length) {
    for (const h of weakOf("mania-danger")) add(h, h.rule.id, "mania_dangerous", "high", true);
    for (const h of weakOf("mania-reckless")) add(h, h.rule.id, "mania_dangerous", "moderate", false);
  }

  // Several distinct psychotic experiences together: moderate rather than low.
  const psy = new Set(selfCurrent.filter((h) => h.rule.flag === "psychosis").map((h) => h.rule.id));
  if (psy.size >= 2) {
    const first = selfCurrent.find((h) => h.rule.flag === "psychosis")!;
    add(first, "psy.multiple", "psychosis", "moderate", false);
  }

  // Command hallucinations name a target: oneself (ideation) or someone else.
  for (const h of selfCurrent.filter((x) => x.rule.id === "psy.command")) {
    const said = n.text.slice(h.from, h.to);
    if (/\b(?:my ?self|die|end (?:it|my)|jump|overdose|starve|hang|me (?:mate|lastime|corte))\b/.test(said)) add(h, "psy.command.self", "suicidal_ideation", "high", true);
    else add(h, "psy.command.others", "harm_to_others", "high", true);
  }

  out.sort((a, b) => a.at - b.at);
  const escalate = out.some((f) => f.escalate);
  return { findings: out.map(({ at: _at, escalate: _e, ...f }) => f), escalate };
}

/** No risk, keeping the learned net's score when there was one (what a decide step leaves when it withdraws every finding). */
export function withdrawnAssessment(risk: RiskAssessment): RiskAssessment {
  return { ...assessmentOf([], false), ...(risk.netScore !== undefined ? { netScore: risk.netScore } : {}) };
}

/** The assessment that a list of findings supports (de-duplicated, highest level, flags and quotes in order). */
export function assessmentOf(findings: RiskFinding[], escalate: boolean): RiskAssessment {
  let level: RiskLevel = "none";
  const flags: RiskFlag[] = [];
  const evidence: string[] = [];
  const seen = new Set<string>();
  const unique: RiskFinding[] = [];
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.flag}\u0000${f.evidence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(f);
    level = maxRiskLevel(level, f.level);
    if (!flags.includes(f.flag)) flags.push(f.flag);
    if (f.evidence && !evidence.includes(f.evidence)) evidence.push(f.evidence);
  }
  return { level, escalate, flags, evidence, findings: unique };
}

/** Screens one user message (with optional knowledge from earlier turns). */
export function screenRisk(text: string, context: ScreenContext = {}): RiskAssessment {
  if (!text || !text.trim()) return { ...NO_RISK, flags: [], evidence: [], findings: [] };
  const n = normalizeText(text);
  const { findings, escalate } = combine(n, collectHits(n), context);
  return assessmentOf(findings, escalate);
}

/**
 * Screens a conversation's user messages in order, combined monotonically (mergeRisk): a
 * later calm message never lowers what an earlier one raised. Ideation disclosed earlier
 * gives later plan or preparation cues their meaning ("I want to die" ... "I have a plan").
 */
export function screenConversation(messages: string[]): RiskAssessment {
  let risk: RiskAssessment = NO_RISK;
  for (const text of messages) {
    const priorIdeation = risk.escalate && risk.flags.includes("suicidal_ideation");
    risk = mergeRisk(risk, screenRisk(text, { priorIdeation }));
  }
  return risk === NO_RISK ? { ...NO_RISK, flags: [], evidence: [], findings: [] } : risk;
}
