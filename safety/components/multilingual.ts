/**
 * Components stage, other languages: the same C-SSRS components for Spanish, French, Portuguese,
 * German and Italian (wish to die, suicide verbs with their clitics, means, access, time,
 * farewell, aborted attempt, self-harm, harm to others), from ../vocab/cssrs-multi.json, and for
 * every other language a list of wishes to die (which escalate) and calls for help (which make
 * the reply ask the C-SSRS questions directly). Each language's idioms of death ("me muero de
 * risa", "mort de rire") silence the wish in their sentence; nothing silences means or an attempt.
 */
import { readFileSync } from "node:fs";
import { originalSpan, sentences, type NormalizedText } from "../normalize-text.js";
import { isOtherLanguage } from "../language.js";
import { REMOTE_PAST, SERIOUS, SUDDEN_FEELING_ES } from "../risk-context.js";
import type { RiskFinding, RiskFlag, RiskLevel } from "../types.js";
import { classMayMatch, compileClass, foldPhrase } from "../vocab/phrase.js";

const LANGS = ["es", "fr", "pt", "de", "it"] as const;
type Lang = (typeof LANGS)[number];
type Cls =
  | "die" | "wish" | "means" | "access" | "plan_time" | "farewell" | "self_harm" | "harm_others" | "aborted" | "hyperbole" | "act" | "self" | "past"
  | "voice" | "harm_verb" | "prep" | "overdose" | "abuse" | "dont_ask" | "medical" | "drawn" | "decision" | "fiction" | "weapon" | "watch" | "punish" | "deprive"
  | "benign";
const CLASSES: Cls[] = [
  "die", "wish", "means", "access", "plan_time", "farewell", "self_harm", "harm_others", "aborted", "hyperbole", "act", "self", "past",
  "voice", "harm_verb", "prep", "overdose", "abuse", "dont_ask", "medical", "drawn", "decision", "fiction", "weapon", "watch", "punish", "deprive",
  "benign",
];

interface Compiled {
  langs: Record<Lang, Record<Cls, RegExp>>;
  dieWish: RegExp;
  distress: RegExp;
}

let compiled: Compiled | undefined;

/** Non-Latin phrases are matched without word boundaries (scripts written without spaces). */
function worldPattern(phrases: string[]): RegExp {
  const alts = phrases.map((p) => {
    const f = foldPhrase(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return /\p{Script=Latin}/u.test(f) ? `(?<![\\p{L}\\p{N}])${f}(?![\\p{L}\\p{N}])` : f;
  });
  return new RegExp(alts.join("|"), "gu");
}

function load(): Compiled {
  if (!compiled) {
    const v = JSON.parse(readFileSync(new URL("../vocab/cssrs-multi.json", import.meta.url), "utf8")) as Record<string, Record<string, string[]>>;
    const langs = {} as Compiled["langs"];
    for (const l of LANGS) {
      langs[l] = {} as Record<Cls, RegExp>;
      for (const c of CLASSES) langs[l][c] = compileClass(v[l][c] ?? []);
    }
    compiled = { langs, dieWish: worldPattern(v.world.die_wish), distress: worldPattern(v.world.distress) };
  }
  return compiled;
}

const SERIOUS_ALL = new RegExp(SERIOUS.source, "g");

const INNER_NEGATOR = /\s(?:nicht|kein|keine|nunca|jamais|mai|niemals)\s(?!mehr|plus|mas|mais|piu)/;
const NEGATOR = /(?:^|\s)(?:no|ne|nao|non|nicht|kein|keine|nunca|jamais|jamas|mai|nie|niemals|never|not)\s+(?:\S+\s+){0,3}$/;

interface Mention {
  cls: Cls;
  from: number;
  to: number;
}

/** What the other-language components found. */
export interface OtherLanguageReading {
  findings: RiskFinding[];
  escalate: boolean;
  ask: string[];
  /** Risk concepts seen in any language (the learned net's gate). */
  cues: string[];
  /** Every class read in any of the five languages, without the language (the learned net's concept features: one concept across languages). */
  classes: string[];
}

/** What may follow a decision with no object: the end of its sentence or clause. */
const BARE_DECISION_END = /^\s*(?:[.!?;:\n]|$|\.\.\.|,? (?:ya|ja|gia|schon|deja|ormai)\b)/;

/** What follows "me pega" when a feeling, not a person, hits ("de golpe", "la tristeza"). */
const SUDDEN_FEELING = new RegExp(`^ (?:${SUDDEN_FEELING_ES}|la saudade|d'un coup|du coup|all'improvviso|plotzlich)\\b`);

const CUE_CLASSES = new Set<Cls>(["die", "wish", "farewell", "self_harm", "harm_others", "aborted", "act", "voice", "prep", "overdose", "abuse", "medical"]);

function readLanguage(n: NormalizedText, lang: Lang, priorIdeation: boolean, add: (m: Mention, rule: string, flag: RiskFlag, level: RiskLevel) => void, cues: Set<string>, seen: Set<string>): void {
  const classes = load().langs[lang];
  const spans = sentences(n.text);
  const pastIn: boolean[] = [];
  // Only the classes whose necessary words the message contains can match anywhere in it.
  const live = new Set(CLASSES.filter((c) => classMayMatch(classes[c], n.text)));
  const per: Mention[][] = spans.map((s) => {
    const text = n.text.slice(s.from, s.to);
    // "No es broma", "não é brincadeira", "kein Witz" say the words are meant: the joke word inside them is no idiom.
    const unjoked = text.replace(SERIOUS_ALL, " ");
    const hyperbole = live.has("hyperbole") && (classes.hyperbole.lastIndex = 0, classes.hyperbole.test(unjoked));
    pastIn.push((live.has("past") && (classes.past.lastIndex = 0, classes.past.test(text))) || REMOTE_PAST.test(text));
    const out: Mention[] = [];
    // A story being written, or its protagonist ("a protagonista pensa em pular do viaduto"): nothing in it is the writer's.
    if (live.has("fiction") && (classes.fiction.lastIndex = 0, classes.fiction.test(text))) return out;
    for (const c of CLASSES) {
      if (c === "hyperbole" || c === "fiction" || !live.has(c)) continue;
      const re = classes[c];
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const at = m.index ?? 0;
        if ((c === "die" || c === "wish" || c === "harm_others") && hyperbole) continue;
        // "no me voy a matar", "je ne vais pas me tuer": a negator just before, unless the phrase is itself a negation.
        if ((c === "die" || c === "wish" || c === "harm_others" || c === "self_harm") && !/^(?:no|ne|nao|non|nicht|kein)\b/.test(m[0]) && NEGATOR.test(text.slice(0, at))) continue;
        // A negator inside a phrase's open slot ("ich will nicht sterben") negates it; "nicht mehr", "plus", "más" are the wish itself.
        if ((c === "die" || c === "wish") && INNER_NEGATOR.test(m[0])) continue;
        // "Me pega de golpe", "ça me frappe d'un coup": a feeling that hits suddenly is no blow.
        if (c === "abuse" && SUDDEN_FEELING.test(text.slice(at + m[0].length))) continue;
        out.push({ cls: c, from: s.from + at, to: s.from + at + m[0].length });
      }
    }
    return out;
  });
  for (const m of per.flat()) {
    if (CUE_CLASSES.has(m.cls)) cues.add(`${lang}.${m.cls}`);
    seen.add(`ml.${m.cls}`);
  }
  for (let i = 0; i < per.length; i++) {
    const here = per[i];
    const all = per.slice(Math.max(0, i - 1), i + 2).flat();
    const has = (c: Cls) => all.some((m) => m.cls === c);
    const first = (c: Cls, pool = here) => pool.find((m) => m.cls === c);
    // Someone else's attempt years ago, now doing well, is not a current risk.
    if (pastIn[i]) continue;
    const death = first("die") ?? first("wish");
    const wish = !!death || priorIdeation;
    // Throwing oneself from a place: the act beside a bridge, a roof or the tracks.
    const act = first("act");
    if (act && has("means")) add(act, "act.means", "suicidal_ideation", "high");
    if (death) add(death, "ideation", "suicidal_ideation", "low");
    const means = first("means", all);
    if (death && means) add(means, "ideation.method", "suicidal_ideation", has("access") || has("plan_time") ? "high" : "moderate");
    const time = first("plan_time");
    if (time && (death || (wish && means))) add(time, "plan", "suicidal_ideation", "high");
    // (A means in its ordinary use — a cliff to climb on Saturday, a late train on the way to work — is no means at hand.)
    if (!death && means && has("access") && has("plan_time") && first("means") && !has("benign")) add(means, "means-at-hand.timed", "suicidal_ideation", "moderate");
    // A decision told with no object ("Hab mich entschieden. Freitag, wenn…", "ya lo decidí") beside a
    // day, a wish, a means or a farewell: C-SSRS intent with a plan. "Decidí estudiar medicina" has an object.
    const decision = first("decision");
    if (decision && BARE_DECISION_END.test(n.text.slice(decision.to, decision.to + 3))) {
      const day = all.find((m) => m.cls === "plan_time" && (m.to <= decision.from || m.from >= decision.to));
      if (day || wish || means || has("farewell") || has("prep")) add(decision, "decision", "suicidal_ideation", "high");
    }
    // A short telling (up to six sentences) is one window for a farewell and a preparation, as in English:
    // the dog to rehome in the first message, "after that I won't need anything" in the third.
    const inShort = (c: Cls) => has(c) || (per.length <= 6 && per.some((p) => p.some((m) => m.cls === c)));
    const farewell = first("farewell");
    if (farewell && (wish || has("die") || has("wish") || has("plan_time") || means || inShort("prep"))) add(farewell, "farewell", "suicidal_ideation", "high");
    const aborted = first("aborted");
    if (aborted && has("self") && (wish || has("die") || has("wish") || means)) add(aborted, "aborted", "suicidal_ideation", "high");
    const farewells = new Set(all.filter((m) => m.cls === "farewell").map((m) => n.text.slice(m.from, m.to)));
    if (farewell && farewells.size >= 2) add(farewell, "farewell", "suicidal_ideation", "high");
    // Command voices directing harm.
    const voice = first("voice");
    const verb = first("harm_verb", all) ?? first("die", all) ?? first("act", all);
    if (voice && verb) add(voice, "command", "command_hallucinations", "high");
    // Preparations: two together, or one with a wish, a time or a farewell.
    const prep = first("prep");
    const preps = new Set(all.filter((m) => m.cls === "prep").map((m) => n.text.slice(m.from, m.to)));
    if (prep && (preps.size >= 2 || wish || has("plan_time") || inShort("farewell"))) add(prep, "preparation", "suicidal_ideation", "high");
    // An overdose already taken; abuse happening now; asking about a height "don't ask why".
    const od = first("overdose");
    if (od) {
      add(od, "overdose-taken", "medical_emergency", "high");
      add(od, "overdose-taken", "suicidal_ideation", "high");
    }
    const abuse = first("abuse");
    if (abuse) add(abuse, "abuse", "abuse", "moderate");
    // "Don't ask" may close a short message a few sentences after the height it asks about.
    const dontAsk = first("dont_ask", per.slice(Math.max(0, i - 3), i + 4).flat());
    if (dontAsk && means) add(means, "method-research", "suicidal_ideation", "moderate");
    // Drawn to a means within reach: going up to look at the grandfather's shotgun, "je n'arrête pas d'y penser".
    const drawn = first("drawn", all);
    if (drawn && means && has("access")) add(means, "drawn-to-means", "suicidal_ideation", "moderate");
    else if (drawn && means && /\b(?:mirarla|mirarlo|regarder|olhar|anschauen|guardarla|guardarlo|in der hand|en las manos|dans mes mains|nas maos|in mano|regazo|colo)\b/.test(n.text)) add(means, "drawn-to-means", "suicidal_ideation", "moderate");
    const sh = first("self_harm");
    if (sh) add(sh, "self-harm", "self_harm", "moderate");
    // Going without food as a punishment ("mangio solo una mela al giorno perché mi merito di stare male").
    const punish = first("punish", all);
    const deprive = first("deprive", all);
    if (punish && deprive && (here.includes(punish) || here.includes(deprive))) add(deprive, "self-harm.punishment", "self_harm", "low");
    const hto = first("harm_others");
    if (hto) add(hto, "harm-others", "harm_to_others", "high");
    // A weapon got beside knowing where or when someone will be ("comprei um canivete… sei que ele sai
    // sozinho às 18h"): a threat with a plan, whatever words of anger there are or not.
    const weapon = first("weapon", all);
    const watch = first("watch", all);
    if (weapon && watch && (here.includes(weapon) || here.includes(watch))) add(weapon, "harm-others.plan", "harm_to_others", "high");
    // A body failing now: two signs together (collapsing after days without food, a racing heart, chest pain).
    const medical = first("medical");
    if (medical && new Set(all.filter((m) => m.cls === "medical").map((m) => n.text.slice(m.from, m.to))).size >= 2) add(medical, "medical-emergency", "medical_emergency", "high");
  }
}

/** Reads a (normalised) message in Spanish, French, Portuguese, German, Italian or any other language. */
export function readOtherLanguages(n: NormalizedText, priorIdeation = false): OtherLanguageReading {
  const text = n.original;
  const c = load();
  const findings: RiskFinding[] = [];
  const seen = new Set<string>();
  const cues = new Set<string>();
  const classes = new Set<string>();
  for (const lang of LANGS) {
    readLanguage(n, lang, priorIdeation, (m, rule, flag, level) => {
      const evidence = originalSpan(n, m.from, m.to);
      const key = `${lang}.${rule}\u0000${evidence}`;
      if (!evidence || seen.has(key)) return;
      seen.add(key);
      findings.push({ rule: `ml.${lang}.${rule}`, flag, level, evidence });
    }, cues, classes);
  }
  // Every other language: a wish to die escalates; a call for help gets the direct question.
  const folded = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  c.dieWish.lastIndex = 0;
  const wish = c.dieWish.exec(folded);
  if (wish) cues.add("world.die_wish"), classes.add("world.die_wish");
  if (wish) findings.push({ rule: "ml.world.ideation", flag: "suicidal_ideation", level: "low", evidence: text.trim().slice(0, 200) });
  const ask: string[] = [];
  c.distress.lastIndex = 0;
  const distress = (c.distress.lastIndex = 0, c.distress.test(folded));
  if (distress) classes.add("world.distress");
  if (!wish && isOtherLanguage(text) && distress) ask.push("distress in a language the rules do not read");
  return { findings, escalate: findings.length > 0, ask, cues: [...cues], classes: [...classes] };
}
