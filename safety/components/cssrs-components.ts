/**
 * Components stage: reads a message into C-SSRS components (wish to end, means, access, plan
 * time, decision, preparation, farewell, aborted or interrupted attempt, harm to others, command
 * voices, passive wishes, self-harm), each from a broad vocabulary kept as data
 * (../vocab/cssrs-en.json), and combines them by C-SSRS logic over windows of neighbouring
 * sentences. Recall comes from combinations of classes, not from whole memorised sentences: a
 * firearm by any name + where it is + any wish for things to stop is "means at hand" however it
 * is worded.
 *
 * Context: negation, someone else, a general question and hyperbole silence only the wish and
 * intent components they apply to; they never cancel means, an aborted attempt or a preparation.
 * An aborted attempt in the remote past with recovery now is past risk (no escalation).
 *
 * Each sentence is read into class mentions, with its context filters, by cssrs-sentences.ts; this
 * file combines the mentions of neighbouring sentences.
 */
import { originalSpan, sentences, type NormalizedText } from "../normalize-text.js";
import { REMOTE_PAST, RETRACTED, saysNotLiteral, mentionsRecovery, quotesSomething } from "../risk-context.js";
import type { RiskFinding, RiskFlag, RiskLevel } from "../types.js";
import { DWELLS_ON, MEANS, OWNS_THE_ACT, OWNS_THE_QUESTION, readSentence, type ClassName, type Mention } from "./cssrs-sentences.js";

export { MEANS };

/** A group outing or a view ("we are on the viewing deck"): a height asked about as a visitor. */
const SIGHTSEEING = /\b(?:we|us|our|view|viewing|tour|tourist|trip|holiday|vacation|visit\w*|sightseeing|climb\w*|hike|hiking)\b/;
/** Means that kill quickly and are physically at hand or nearby: with any wish to stop, escalate. */
const PHYSICAL: ClassName[] = ["means_firearm", "means_ligature", "means_height", "means_rail_road", "means_gas", "means_poison", "means_water"];

/** What a voice says or demands, told in the sentence after it is named ("they say…", "I have to…"). */
const VOICED = /\b(?:(?:they|it|he|she|the voices?|the voice) (?:say|says|said|keep saying|keeps saying|are saying|is saying|tell|tells|told|want|wants|whisper|whispers|order|orders|command|commands)|i (?:have to|must|need to|am supposed to|am meant to))\b/;
/** A message that speaks of hearing things: what makes "he told me" or "she says" a voice. */
const HEARING_THINGS = /\b(?:voices?|whisper\w*|hear(?:ing|d)? (?:things|them|it|him|her|someone|something|a man|a woman)|the devil|demons?|god (?:tells|told|says|wants)|radiator|vents?|pipes|sockets|in my head|(?:nobody|no one|no-one) (?:else )?(?:is|was) (?:there|in the room)|not real|hallucinat\w*)\b/;

/** A self-harm act told as deliberate contact: pressing or holding something against the body. */
const DELIBERATE_CONTACT = /^(?:press|presses|pressed|pressing|hold|holds|held|holding)\b/;
/** Accident-class words that only name a source of heat (the kettle, the iron), not how it happened. */
const HEAT_TOOL = /^(?:kettle|iron|the oven|the stove|curling iron|hair straighteners)$/;

/** A finding the combination produced, before de-duplication. */
interface Produced extends RiskFinding {
  escalate: boolean;
}

/** The components' reading of one message. */
export interface ComponentReading {
  findings: RiskFinding[];
  escalate: boolean;
  /** Signs that fall short of escalation but call for asking the C-SSRS questions directly. */
  ask: string[];
  /** Risk concepts seen at all (classes), even when they combined into nothing: the learned net's gate. */
  cues: string[];
  /** Every class read in the message after its context filters, context classes too: the learned net's concept features. */
  classes: string[];
}

/** Classes that speak of context only (where, when, who, not meant): they are no cue of risk by themselves. */
const CONTEXT_ONLY = new Set<ClassName>([
  "access", "plan_time", "hyperbole", "accident", "intoxicated", "ego_dystonic", "disclaimer", "dont_ask", "death_event", "command_harm", "fear_of_dying",
  "weapon", "surveil", "driving_kids", "medical_emergency", "means_benign", "mass_target", "sh_word", "dwell", "method_question",
  "body_alarm", "body_risk", "horizon", "minor_age", "secret_adult", "deprive", "one_way", "on_chair", "got_down", "unexplained",
  "dose_count", "recent_past", "cover_told", "cover_denied", "veiled_threat",
]);

/** A verb of taking, for a count of tablets told apart from it ("is it bad to take paracetamol…" / "like 20 of them"). */
const TAKEN = /\b(?:took|take|taken|taking|swallowed|swallow|had|downed|necked)\b/;

/** Reads a normalised message into C-SSRS components and combines them. */
export function readComponents(n: NormalizedText, priorIdeation = false): ComponentReading {
  const spans = sentences(n.text);
  const notLiteral = saysNotLiteral(n.text);
  const ownsTheAct = OWNS_THE_ACT.test(n.text);
  const ownsTheQuestion = OWNS_THE_QUESTION.test(n.text);
  const retracts = RETRACTED.test(n.text);
  const switches = `${+notLiteral}${+ownsTheAct}${+ownsTheQuestion}${+mentionsRecovery(n.text)}${+quotesSomething(n.original)}${+retracts}`;
  const per = spans.map((s) => readSentence(n, s.from, s.to, switches, notLiteral, ownsTheAct, ownsTheQuestion, retracts));
  const out: Produced[] = [];
  const ask: string[] = [];
  const quote = (m: Mention) => originalSpan(n, m.from, m.to);
  const add = (m: Mention, rule: string, flag: RiskFlag, level: RiskLevel, escalate: boolean) =>
    out.push({ rule: `cssrs.${rule}`, flag, level, evidence: quote(m), escalate });

  // Windows of up to five neighbouring sentences around each sentence (short messages are one window).
  for (let i = 0; i < per.length; i++) {
    const win = per.slice(Math.max(0, i - 2), i + 3);
    const all = win.flatMap((s) => s.mentions);
    const here = per[i].mentions;
    const has = (c: ClassName) => all.some((m) => m.cls === c);
    // Anywhere in a short telling (up to six sentences): what one sentence names may be set up a few sentences before.
    const inShort = (c: ClassName) => has(c) || (per.length <= 6 && per.some((p) => p.mentions.some((m) => m.cls === c)));
    const first = (c: ClassName, pool = all) => pool.find((m) => m.cls === c);
    const means = all.filter((m) => MEANS.includes(m.cls));
    const wish = has("end_wish") || has("death_word") || priorIdeation;
    const unwanted = has("ego_dystonic");
    const past = per[i].past;

    // Aborted or interrupted attempt: behaviour, never negated (the counterfactual is the point).
    const alone = first("aborted_alone", here);
    if (alone) add(alone, past ? "aborted.past" : "aborted", past ? "past_risk" : "suicidal_ideation", past ? "low" : "high", !past);
    // A weak telling ("got off", "walked away") is an aborted attempt only beside a wish, an act, a
    // death word that is not panic's fear of dying, or a means other than a road or a vehicle
    // ("when we got off the motorway" is a journey).
    // Medicines in ordinary use ("my GP put me on citalopram", "I've tried melatonin") are not means at hand.
    const onlyPrescribed = has("means_benign") && means.every((m) => m.cls === "means_medicine");
    // …nor do they make a weak "tried" an attempt ("ive tried melatonin, magnesium, white noise").
    const weakSupport = has("end_wish") || has("act_si") || (has("death_word") && !has("fear_of_dying")) || (!onlyPrescribed && means.some((m) => m.cls !== "means_rail_road"));
    const weak = first("aborted_weak", here);
    const aborted = alone ? undefined : first("aborted", here) ?? (weakSupport ? weak : undefined);
    // Putting the knife down on an unwanted thought of harming someone (harm OCD) turns away from that
    // thought; it is no aborted attempt on oneself unless the window also speaks of the person's own death.
    const turningFromHarm = unwanted && has("hto_verb") && !(has("end_wish") || has("act_si") || has("death_word"));
    if (aborted && !turningFromHarm && (means.length || has("act_si") || has("death_word") || has("end_wish"))) {
      if (past) add(aborted, "aborted.past", "past_risk", "low", false);
      else add(aborted, "aborted", "suicidal_ideation", "high", true);
    }

    // Thinking about or picturing the act itself ("thinking about hanging from the tree in the garden"):
    // active ideation with a method (C-SSRS 3), unless the thought is unwanted (an intrusive image).
    const act = first("act_si", here);
    const lethalAct = act && (means.length > 0 || /^(?:hang|pull|kill|end|step|swallow|cut my|overdos|let|just let|drift|veer|swerve|steer)/.test(n.text.slice(act.from, act.to)));
    if (act && lethalAct && !past && !unwanted && DWELLS_ON.test(n.text.slice(Math.max(spans[i].from, act.from - 50), act.from))) {
      add(act, "active-ideation.method", "suicidal_ideation", "moderate", true);
    }

    // Means within reach, with any wish for it to stop: moderate; with a time or a decision: high.
    const access = first("access");
    if (means.length && access && !past && !onlyPrescribed) {
      const strong = has("end_wish") || has("death_word") || has("act_si") || priorIdeation;
      if (strong || has("decision")) {
        const level: RiskLevel = has("plan_time") || has("decision") || has("prep") ? "high" : "moderate";
        add(means[0], "means-at-hand", "suicidal_ideation", level, true);
      } else if (has("disclaimer") && means.some((m) => PHYSICAL.includes(m.cls))) {
        // "Ain't fixing to do nothing stupid" said while sitting with the gun: the disclaimer is the sign.
        add(means.find((m) => PHYSICAL.includes(m.cls))!, "means-at-hand.disclaimer", "suicidal_ideation", "moderate", true);
      } else if (has("dwell") && means.some((m) => PHYSICAL.includes(m.cls))) {
        // A gun or a drop within reach that the person keeps thinking about: drawn to the means.
        add(means.find((m) => PHYSICAL.includes(m.cls))!, "means-at-hand.dwell", "suicidal_ideation", "moderate", true);
      } else if (has("end_wish_soft") || has("farewell")) {
        const physical = means.find((m) => PHYSICAL.includes(m.cls));
        if (has("plan_time") || physical) add(physical ?? means[0], "means-at-hand.soft", "suicidal_ideation", "moderate", true);
        else ask.push(`means within reach beside "${quote(first("end_wish_soft") ?? first("farewell")!)}"`);
      }
    }
    // Asking about a height or a dose with "don't ask why", or knowing how much it would take: a method.
    const dontAsk = first("dont_ask");
    if (dontAsk && means.length && !past && !onlyPrescribed) add(means[0], "method-research", "suicidal_ideation", "moderate", true);
    // A question about a height or how long a method takes, asked with the means at hand or at the
    // place now ("how high is this bridge? I'm standing on it now"): a method being checked.
    const methodQuestion = first("method_question");
    if (methodQuestion && access && !past && !SIGHTSEEING.test(n.text) && means.some((m) => PHYSICAL.includes(m.cls))) add(methodQuestion, "method-question.at-hand", "suicidal_ideation", "high", true);
    const knows = first("method_knowledge", here);
    // Asking for the quickest or least painful way beside being done with it all is a method sought.
    if (knows && !past && (means.length || wish || has("end_wish_soft"))) add(knows, "method-knowledge", "suicidal_ideation", "moderate", true);
    // Drawn to the means ("staring up at that beam", "one more step") and rehearsal with them.
    const drawn = first("drawn_to", here);
    if (drawn && !past && means.length) add(drawn, "drawn-to-means", "suicidal_ideation", "moderate", true);
    const rehearsal = first("rehearsal", here);
    if (rehearsal && !past && (means.length || wish)) add(rehearsal, "rehearsal", "suicidal_ideation", "high", true);
    // Bleeding beside a blade is self-harm now.
    const bleeding = first("bleeding", here);
    if (bleeding && !past && (has("means_blade") || has("self_harm") || has("sh_word"))) add(bleeding, "self-harm.bleeding", "self_harm", "high", true);

    // A decision or a date, with death in it.
    const decision = first("decision", here);
    if (decision && !past && (wish || means.length || has("prep") || (has("end_wish_soft") && has("plan_time")))) add(decision, "decision", "suicidal_ideation", "high", true);
    // Peace made, knowing how and when it ends: two such signs, or one with a time, means or a wish.
    const veiled = all.filter((m) => m.cls === "decision_death");
    const veiledHere = first("decision_death", here);
    if (veiledHere && !past && (new Set(veiled.map(quote)).size >= 2 || has("plan_time") || means.length || wish || has("prep") || has("farewell"))) {
      add(veiledHere, "decision.veiled", "suicidal_ideation", "high", true);
    }
    // An overdose already taken is an emergency whatever the person feels now.
    const od = first("overdose_taken", here);
    if (od && !past) {
      add(od, "overdose-taken", "medical_emergency", "high", true);
      add(od, "overdose-taken", "suicidal_ideation", "high", true);
    }
    // An overdose told in pieces ("is it bad to take paracetamol with wine" / "like 20 of them. about an
    // hour ago"): a count of tablets and a recent time beside a medicine and a verb of taking.
    const dose = od ? undefined : first("dose_count", here);
    if (dose && !past && has("recent_past") && inShort("means_medicine") && TAKEN.test(n.text.slice(spans[Math.max(0, i - 2)].from, spans[Math.min(per.length - 1, i + 2)].to))) {
      add(dose, "overdose-taken.count", "medical_emergency", "high", true);
      add(dose, "overdose-taken.count", "suicidal_ideation", "high", true);
    }
    // A cover story told, then said to be untrue in the next sentence ("told everyone at work I'm
    // moving abroad. I'm not moving abroad", "told him it was for the pigeons. It's not"): concealment,
    // which beside a preparation or a means within reach is a plan kept hidden (preparatory behaviour).
    const told = first("cover_told", here);
    const untrue = told && per[i + 1]?.mentions.find((m) => m.cls === "cover_denied" && n.text.slice(spans[i + 1].from, m.from).trim() === "");
    if (told && untrue && !past && (inShort("prep") || (means.length && access))) add(told, "preparation.concealed", "suicidal_ideation", "high", true);
    const time = first("plan_time", here);
    if (time && !past && (has("end_wish") || has("act_si")) && (means.length || has("death_word"))) add(time, "plan-time", "suicidal_ideation", "high", true);
    // Ending it minutes or hours from now ("5 minutes from ending it"): a plan with its time, whatever the means.
    const ending = first("act_si", here) ?? first("end_wish", here);
    // ("ending things with my boyfriend" is a break-up).
    if (time && ending && !past && /(?:minutes?|mins?|min|hours?|hrs?)\b/.test(quote(time)) && /\bend(?:ing|ed)? (?:it|things|everything|it all|my life)\b/.test(quote(ending)) && !/^\s*with\b/.test(n.text.slice(ending.to, ending.to + 8))) add(time, "plan-time.imminent", "suicidal_ideation", "high", true);

    // Preparations and farewells.
    const prep = here.filter((m) => m.cls === "prep");
    const farewell = all.filter((m) => m.cls === "farewell");
    // Two different preparations together (pets rehomed, contracts cancelled "so nobody has to deal with it after") are a plan told in deeds.
    const preps = new Set(all.filter((m) => m.cls === "prep").map(quote));
    if (prep.length && !past && (has("end_wish") || has("death_word") || has("act_si") || has("decision_death") || has("exit_self") || priorIdeation || farewell.length || inShort("farewell") || (means.length && has("end_wish_soft")) || has("disclaimer") || preps.size >= 2)) {
      add(prep[0], "preparation", "suicidal_ideation", "high", true);
    } else if (farewell.length && !past && (new Set(farewell.map(quote)).size >= 2 || inShort("prep") || has("end_wish") || has("decision") || has("decision_death") || (means.length && access) || (has("plan_time") && has("death_word")))) {
      add(farewell[0], "farewell", "suicidal_ideation", "high", true);
    } else if (prep.length && !past && has("end_wish_soft")) ask.push(`a preparation ("${quote(prep[0])}") beside "${quote(first("end_wish_soft")!)}"`);

    // Passive wish, even with a disclaimer ("not that I'd do anything" never cancels it).
    const soft = first("wish_soft", here);
    const event = first("death_event");
    if (soft && event && !past) add(soft, "passive-wish", "suicidal_ideation", "low", true);
    const hope = first("hope_harm", here);
    if (hope && !past) add(hope, "passive-wish.hope", "suicidal_ideation", "low", true);

    // Self-harm, told directly or as a relapse after being "clean".
    const sh = first("self_harm", here);
    // An accident word outside the act ("burnt my hand on the straighteners by accident") tells of an
    // accident; the tool named inside it ("held my straighteners against my thigh") is the means.
    // A deliberate contact ("I press the spoon on my arm after it's been in the kettle") makes the
    // kettle or iron named beside it the source of heat, not an accident.
    const deliberate = sh && DELIBERATE_CONTACT.test(n.text.slice(sh.from, sh.to));
    const accident = sh && here.find((m) => m.cls === "accident" && !(m.from >= sh.from && m.to <= sh.to) && !(deliberate && HEAT_TOOL.test(n.text.slice(m.from, m.to))));
    if (sh && !past && !accident) add(sh, "self-harm", "self_harm", "moderate", true);
    const relapse = first("sh_recovery", here);
    if (relapse && !past && has("sh_word")) add(relapse, "self-harm.relapse", "self_harm", "moderate", true);

    // Harm to others with a plan: a threat with a weapon, a time or knowledge of their movements.
    // Unwanted thoughts of harm the person fears acting on (harm OCD) are distress, not intent.
    const threat = unwanted ? undefined : first("hto_verb", here);
    if (threat && !past && (has("weapon") || has("surveil") || has("plan_time") || has("possessive"))) add(threat, "harm-others.plan", "harm_to_others", "high", true);
    const watch = first("surveil", here);
    // (In a short telling, the weapon may come a few sentences before the routine: "got a 9mm off a mate… he's on nights at the depot".)
    if (watch && !past && !unwanted && inShort("weapon")) add(watch, "harm-others.surveillance", "harm_to_others", "high", true);
    // A weapon, a school or workplace and a time: a threat of violence against many.
    const weaponHere = first("weapon", here);
    if (weaponHere && !past && has("mass_target") && has("plan_time") && !has("means_benign")) add(weaponHere, "harm-others.mass", "harm_to_others", "high", true);
    // A veiled threat of grievance ("they're all going to regret laughing at me", "find out what happens
    // when you keep pushing someone") with a weapon, a firearm or a blade beside a day or a school or
    // workplace, or with access to something ("I know where he keeps the key") beside both: a threat
    // with a plan, whatever words of anger.
    const grievance = unwanted ? undefined : first("veiled_threat", here);
    const armed = has("weapon") || has("means_firearm") || has("means_blade");
    const planned = (armed && (has("plan_time") || has("mass_target"))) || (has("access") && has("mass_target") && has("plan_time"));
    if (grievance && !past && planned && !has("means_benign")) add(grievance, "harm-others.veiled", "harm_to_others", "high", true);
    // Watching and tracking someone, two ways over, is stalking: danger to them even before a threat.
    const watching = new Set(all.filter((m) => m.cls === "surveil").map(quote));
    if (watch && !past && !unwanted && watching.size >= 2) add(watch, "harm-others.stalking", "harm_to_others", "moderate", true);
    const possessive = first("possessive", here);
    if (possessive && !past) add(possessive, "harm-others.possessive", "harm_to_others", "high", true);

    // Removing oneself from life told as a way out ("take myself out of the equation", "ways out that
    // aren't a plane ticket"): ideation when the years still to live are counted as a sentence to serve
    // or a wish to stop is beside it; alone, the direct question.
    const exit = first("exit_self", here);
    if (exit && !past) {
      // With things given away or a day named anywhere in a short telling, the exit is a plan.
      const planned = inShort("prep") || has("plan_time");
      if (has("horizon") || wish || has("end_wish") || has("end_wish_soft") || has("wish_soft") || planned) add(exit, "exit", "suicidal_ideation", planned ? "high" : "low", true);
      else ask.push(`a way out of life ("${quote(exit)}")`);
    }
    // Going to someone who has died, or going on the day they died: ideation; with a day, a plan.
    const depart = first("depart", here);
    // (The death it names is past — "he passed in 2020" —: only a going told in the past tense is history.)
    const departPast = past && !!depart && /\b(?:went|was|were|had|used to|wanted|wished|longed)\b/.test(n.text.slice(spans[i].from, depart.to));
    if (depart && !departPast && has("death_event")) add(depart, "depart", "suicidal_ideation", has("plan_time") ? "high" : "low", true);
    // An adult coming into a child's room or bed, with the child's age now or secrecy around it: a child
    // being sexually abused (an adult's "since I was 11" alone is history, not a child at risk now).
    const visit = first("night_visit", here);
    const minorNow = all.some((m) => m.cls === "minor_age" && !/^since\b/.test(quote(m).toLowerCase()));
    // A mother or both parents looking in at night is care unless it is kept secret.
    const parentVisits = visit && /\b(?:mum|mom|mother|mam|mummy|mommy|parents)\b[^.!?]{0,20}$/.test(n.text.slice(spans[i].from, visit.from));
    if (visit && (has("secret_adult") || (minorNow && !parentVisits))) add(visit, "abuse.child-sexual", "abuse", "high", true);
    // An adult drawing a child into contact kept from the parents (gifts, meeting up, pictures): a
    // child at risk of abuse, told by the child or by a parent.
    const groom = all.filter((m) => m.cls === "grooming");
    if (groom.length && minorNow && (has("secret_adult") || new Set(groom.map(quote)).size >= 2)) add(groom[0], "abuse.grooming", "abuse", "moderate", true);
    // Punishing oneself by going without ("skipped everything… I deserve it"): self-harm.
    const punish = first("self_punish");
    const deprive = first("deprive");
    if (punish && deprive && !past && (here.includes(punish) || here.includes(deprive))) add(deprive, "self-harm.punishment", "self_harm", "low", true);
    // A journey with no return to a place of falls ("a single ticket down… tide times for Beachy Head").
    const oneWay = first("one_way");
    if (oneWay && !past && here.includes(oneWay) && means.some((m) => m.cls === "means_height" || m.cls === "means_rail_road" || m.cls === "means_water")) {
      add(oneWay, "preparation.one-way", "suicidal_ideation", "high", true);
    }

    // Suicidal thoughts reported in clinical shorthand by the writer ("ongoing SI, shifted passive -> active"),
    // not about a patient or someone else: ideation (active, or with intent: moderate).
    const clinical = first("clinical_si", here);
    // (A question about the terms — "the difference between passive and active suicidal ideation" — is study.)
    const sentence = n.text.slice(spans[i].from, spans[i].to);
    const aboutTerms = /\?\s*$/.test(sentence) || /\b(?:difference|differ|define|definition|explain|meaning|what is|what are|mean by|exam|essay|lecture|assignment)\b/.test(sentence);
    if (clinical && !past && !aboutTerms && !/\b(?:he|she|they|his|her|their)\b/.test(sentence) && !/\b(?:patient|patients|pt|pts|client|clients|service user|case|referral|my (?:friend|son|daughter|brother|sister|husband|wife|partner|mum|mom|dad))\b/.test(n.text)) {
      add(clinical, "ideation.clinical", /\b(?:hi|homicidal)\b/.test(quote(clinical).toLowerCase()) ? "harm_to_others" : "suicidal_ideation", /active/.test(quote(clinical).toLowerCase()) ? "moderate" : "low", true);
    }
    // Working out how one would do it ("not when, just how"): active ideation with a method in mind (C-SSRS 3),
    // unless the thought is unwanted.
    const how = first("method_rumination", here);
    if (how && !past && !unwanted) add(how, "active-ideation.method", "suicidal_ideation", "moderate", true);
    // Who would find them, or how long before anyone did: a death pictured in its aftermath; with a
    // place, a means, a wish or a time it is a plan being made.
    const found = first("found_body", here);
    // "don't want my kids to find me drunk again" is shame about a state, not a body found.
    if (found && !past && !/^ (?:drunk|high|stoned|wasted|hungover|asleep|crying|like (?:this|that)|in (?:this|that) state|passed out drunk)\b/.test(n.text.slice(found.to, found.to + 24))) {
      // (How long before a person is found may be asked in general in the sentence before: it is theirs now.)
      const around = n.text.slice(spans[Math.max(0, i - 2)].from, spans[Math.min(spans.length - 1, i + 2)].to);
      const howLong = /\bhow long\b[^.!?]*\b(?:found|find|noticed|notice)\b/.test(around);
      if (means.length || wish || has("end_wish_soft") || has("plan_time") || has("method_question") || howLong) add(found, "found-afterwards", "suicidal_ideation", "high", true);
      else ask.push(`being found afterwards ("${quote(found)}")`);
    }
    // Asking that nobody be sent ("don't send anyone please", "don't call an ambulance"): help refused.
    // With a time, a wish, a means, a preparation or a farewell it is a plan; alone, the direct question.
    const refused = first("no_rescue", here);
    if (refused && !past) {
      if (has("plan_time") || wish || has("end_wish_soft") || means.length || has("prep") || has("farewell") || has("decision")) add(refused, "rescue-refused", "suicidal_ideation", "high", true);
      else ask.push(`help refused ("${quote(refused)}")`);
    }
    // Standing on a chair and getting down, unexplained ("I don't even know why"): an aborted act told plainly.
    const chair = first("on_chair");
    const down = first("got_down");
    // ("on the chair to reach the shelf": a purpose told is an errand.)
    const errand = chair && /^ (?:to|so i could|so that i could|for) \w/.test(n.text.slice(chair.to, chair.to + 16));
    if (chair && down && !past && !errand && down.from > chair.from && has("unexplained") && (here.includes(chair) || here.includes(down))) add(chair, "aborted.chair", "suicidal_ideation", "high", true);

    // A strong wish for everything to stop, with nothing else: ask the screening questions directly.
    const endWish = first("end_wish", here) ?? first("end_wish_soft", here);
    // …unless the person put it as a question about people in general and then said it is about them.
    // ("if someone took the forever nap how long before anyone noticed… asking for me": dying asked about, then owned.)
    const ownedWish = ownsTheQuestion && (first("end_wish", here) ?? first("death_word", here) ?? first("act_si", here) ?? first("death_event", here));
    if (ownedWish && !past) add(ownedWish, "wish.owned", "suicidal_ideation", "moderate", true);
    else if (endWish && !past) ask.push(`a wish for it all to stop ("${quote(endWish)}")`);

    // A medical emergency told by someone present (stroke signs, collapse, not breathing).
    const medical = first("medical_emergency", here);
    if (medical && !past) add(medical, "medical-emergency", "medical_emergency", "high", true);
    // A body in alarm after drugs, drink or days without food ("took 2 xans… chest pounding, left arm
    // tingly", "day 4 of only black coffee… vision went grey"): an emergency, not a panic attack.
    const alarm = first("body_alarm", here);
    if (alarm && !past && (has("body_risk") || has("intoxicated"))) add(alarm, "medical-emergency.body", "medical_emergency", "high", true);
    // Children driven by someone intoxicated: a child in danger now.
    // Violence at home now: barricaded in, a serious injury last time, the abuser at the door.
    const acute = all.filter((m) => m.cls === "abuse_acute");
    if (acute.length && !past && (new Set(acute.map(quote)).size >= 2 || has("intoxicated"))) add(acute[0], "abuse.acute", "abuse", "high", true);
    const elder = all.filter((m) => m.cls === "elder_abuse");
    if (elder.length && !past && new Set(elder.map(quote)).size >= 2) add(elder[0], "elder-abuse", "abuse", "moderate", true);
    const locked = first("child_danger", here);
    if (locked && !past) add(locked, "child-danger", "abuse", "high", true);
    const driving = first("driving_kids", here);
    if (driving && !past && has("intoxicated")) add(driving, "child-danger", "abuse", "high", true);

    // Command voices: what the voice directs decides the flag.
    // The voice may be named a sentence before what it commands ("they're talking through the radiator
    // again. they say the baby isn't mine and I have to get rid of it").
    const command = first("command_harm", here);
    const voice = first("voice", here) ?? (command && VOICED.test(n.text.slice(spans[i].from, spans[i].to)) ? first("voice") : undefined);
    // "She told me … she couldn't do it" is a person talking: "he"/"she" telling the writer is a voice
    // only where the message speaks of hearing things (voices, whispers, the radiator, nobody there).
    const personTold = voice && /^(?:he|she) /i.test(quote(voice)) && !HEARING_THINGS.test(n.text);
    if (voice && command && !past && !personTold) {
      const said = n.text.slice(command.from, command.to);
      const self = /\b(?:my ?self|me|jump|cut|end it|die|kill myself|hurt myself|do it)\b/.test(said) && !/\b(?:him|her|them|my (?!self)\w+|the \w+|someone|somebody|people|everyone)\b/.test(said);
      add(voice, "command", "command_hallucinations", "high", true);
      add(command, self ? "command.self" : "command.others", self ? "suicidal_ideation" : "harm_to_others", "high", true);
    }
  }

  const seen = new Set<string>();
  const findings: RiskFinding[] = [];
  for (const f of out) {
    const key = `${f.rule}\u0000${f.evidence}`;
    if (seen.has(key) || !f.evidence) continue;
    seen.add(key);
    findings.push({ rule: f.rule, flag: f.flag, level: f.level, evidence: f.evidence });
  }
  // A means in ordinary use (a rifle for the range, pills for a headache) is an object, not a cue.
  const benign = per.some((p) => p.mentions.some((m) => m.cls === "means_benign"));
  // Reported speech ("he says I lied", "she told me to") is not a voice: only a voice heard is a cue.
  const heard = (m: Mention) => m.cls !== "voice" || /\b(voices?|whisper\w*|hear\w*)\b/i.test(quote(m));
  const cues = [...new Set(per.flatMap((p) => p.mentions.filter(heard).map((m) => m.cls)).filter((c) => !CONTEXT_ONLY.has(c) && !(benign && MEANS.includes(c))))];
  const classes = [...new Set(per.flatMap((p) => p.mentions.filter(heard).map((m) => m.cls)))];
  return { findings, escalate: out.some((f) => f.escalate), ask: [...new Set(ask)], cues, classes };
}
