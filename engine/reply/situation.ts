/**
 * Whether a knowledge-base sentence fits this person's situation. A sentence that speaks of an ex,
 * a baby, a pet, drinking, a job or "the person who died" was written for someone in that
 * situation: it is said only to a person whose own words name it. Blind raters' commonest fault
 * in the offline replies was exactly this — one shared word pulling in advice for somebody else's
 * life (an ex's photos for a veteran "separated from the military", pregnancy advice to a
 * boyfriend, exam arrangements for a shy child who never mentioned exams).
 *
 * The situations are data (`referents.json`, phrase language as the risk vocabularies): a
 * clinician can add one without reading code. A phrase marked `~` only grounds: it is too broad
 * to presuppose anything when the base says it ("work", "relationship"), but the person saying
 * it is in that situation.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BoundedMemo } from "../../safety/bounded-memo.js";
import { normalizeText } from "../../safety/normalize-text.js";
import { classMayMatch, compileClass } from "../../safety/vocab/phrase.js";
import { fitsCircumstances, stem5 } from "./circumstance.js";

interface Situation {
  id: string;
  /** Any phrase of the class: the person's words put them in the situation. */
  grounds: RegExp;
  /** The phrases that presuppose it when the base says them. */
  presupposes?: RegExp;
}

let loaded: Situation[] | undefined;

/** A group of people a base sentence can open with, and the situations it presupposes (`populations.json`). */
interface Group {
  words: string;
  situations: string[];
  /** The group's word, singular or plural, as a person would say it ("a student", "we're students"). */
  named: RegExp;
}
let groups: Map<string, Group> | undefined;

function populationGroups(): Map<string, Group> {
  if (groups) return groups;
  const file = join(dirname(fileURLToPath(import.meta.url)), "populations.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const out = new Map<string, Group>();
  for (const [words, ids] of Object.entries(raw)) {
    if (words.startsWith("_")) continue;
    if (!Array.isArray(ids) || !ids.length || !ids.every((id) => typeof id === "string" && situations().some((s) => s.id === id))) {
      throw new Error(`populations.json: group "${words}" must list situations named in referents.json`);
    }
    const singular = words.replace(/(?:ies)$/, "y").replace(/(?<!s)s$/, "");
    const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out.set(words, { words, situations: ids as string[], named: new RegExp(`\\b(?:${esc(words)}|${esc(singular)})\\b`, "u") });
  }
  groups = out;
  return out;
}

/** A sentence that opens with a group: addressed to it ("For parents, …") or about it ("Students often …"). */
const ADDRESSED = /^for (?:the )?([a-z' -]{3,40}?)(?: who [^,]*)?,/;
const ABOUT = /^(?:many |most |some |a lot of |lots of |plenty of |other )?([a-z' -]{3,40}?) (?:who|often|usually|commonly|typically|can|may|might|tend|find|feel|say|report|are|sometimes|also|frequently|generally|need|get|struggle|worry|notice|describe|in their)\b/;

/** The group a sentence opens with: the leftmost, longest listed phrase of up to three words. */
function groupIn(phrase: string): Group | undefined {
  const words = phrase.trim().split(/\s+/);
  const known = populationGroups();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const g = known.get(words.slice(i, i + n).join(" "));
      if (g) return g;
    }
  }
  return undefined;
}

function situations(): Situation[] {
  if (loaded) return loaded;
  const file = join(dirname(fileURLToPath(import.meta.url)), "referents.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const out: Situation[] = [];
  for (const [id, phrases] of Object.entries(raw)) {
    if (id.startsWith("_")) continue;
    if (!Array.isArray(phrases) || !phrases.every((p) => typeof p === "string" && p.replace(/^~/, "").trim().length > 0)) {
      throw new Error(`referents.json: situation "${id}" must be a list of phrases`);
    }
    // Compiled as phrase classes: a situation none of whose necessary words occur is skipped unread.
    const all = (phrases as string[]).map((p) => p.replace(/^~/, ""));
    const strict = (phrases as string[]).filter((p) => !p.startsWith("~"));
    out.push({ id, grounds: compileClass(all), ...(strict.length ? { presupposes: compileClass(strict) } : {}) });
  }
  loaded = out;
  return out;
}

const fold = (text: string) => normalizeText(text).text;

/** The first match of a compiled class in a normalised text, its pre-check first (the classes are global: read from the start). */
function firstMatch(re: RegExp, said: string): RegExpExecArray | null {
  if (!classMayMatch(re, said)) return null;
  re.lastIndex = 0;
  return re.exec(said);
}

/**
 * The situations a person's own words put them in, the groups of people they name
 * (`group:<words>`) and the stems of their words (`word:<stem>`, for a sentence's circumstances).
 */
export function groundedSituations(text: string): Set<string> {
  // No phrase spans a line, so a conversation's situations are its lines', each read once: a
  // reply grounds in everything said so far, and only the new message is read on each turn.
  const out = new Set<string>();
  for (const line of text.split("\n")) for (const id of groundedLine(line)) out.add(id);
  return out;
}

/** Lines remembered: a conversation's recent turns, across many conversations at once. */
const lines = new BoundedMemo<string, ReadonlySet<string>>(2048);
function groundedLine(line: string): ReadonlySet<string> {
  return lines.get(line, () => {
    const said = fold(line);
    const out = new Set(situations().filter((s) => firstMatch(s.grounds, said)).map((s) => s.id));
    for (const g of populationGroups().values()) if (g.named.test(said)) out.add(`group:${g.words}`);
    for (const w of said.match(/[a-z][a-z'-]+/g) ?? []) out.add(`word:${stem5(w)}`);
    return out;
  });
}

/** Examples a sentence gives ("life changes such as a new baby, a move or a divorce") presuppose none of them. */
const EXAMPLES = /\b(?:such as|including|for example|for instance|e\.g\.|like)\b[^.;:—()]*/g;
/** Text between two situations that makes them alternatives ("at work or school", "your partner, a friend or a relative"). */
const ALTERNATIVE = /^[^.;:—]{0,40}$/;

const presupposed = new Map<string, string[][]>();
/**
 * The situations a sentence of the base was written for, as groups of alternatives: every group
 * must fit, one member of a group is enough (cached: the base is fixed).
 */
export function presupposedSituations(sentence: string): string[][] {
  let got = presupposed.get(sentence);
  if (!got) {
    const said = fold(sentence).replace(EXAMPLES, " ");
    const found: Array<{ id: string; start: number; end: number }> = [];
    for (const s of situations()) {
      const m = s.presupposes && firstMatch(s.presupposes, said);
      if (m) found.push({ id: s.id, start: m.index, end: m.index + m[0].length });
    }
    found.sort((a, b) => a.start - b.start);
    got = [];
    let prev: (typeof found)[number] | undefined;
    for (const f of found) {
      const between = prev ? said.slice(prev.end, f.start) : "";
      if (prev && got.length && ALTERNATIVE.test(between) && /\bor\b|,|\//.test(between) && !/\band\b/.test(between)) got[got.length - 1].push(f.id);
      else got.push([f.id]);
      prev = f;
    }
    // A sentence addressed to a group is for its members; one about a group also for whoever names it.
    const addressed = ADDRESSED.exec(said);
    const about = addressed ? undefined : ABOUT.exec(said);
    const group = groupIn((addressed ?? about)?.[1] ?? "");
    if (group) got.push(addressed ? [...group.situations] : [...group.situations, `group:${group.words}`]);
    presupposed.set(sentence, got);
  }
  return got;
}

/**
 * A sentence fits when each situation it presupposes (one of each group of alternatives) is one the
 * person is in, and the person's words carry its circumstances (circumstance.ts).
 */
export function fitsSituation(sentence: string, grounded: Set<string>): boolean {
  if (!presupposedSituations(sentence).every((group) => group.some((id) => grounded.has(id)))) return false;
  const said = (stem: string) => grounded.has(`word:${stem}`);
  const inSituation = (word: string) => situationsOfWord(word).some((id) => grounded.has(id));
  return fitsCircumstances(sentence, said, inSituation);
}

const wordSituations = new Map<string, string[]>();
/** The situations a single word of the base belongs to ("bereavement" → death), cached: the base's words are a fixed set. */
function situationsOfWord(word: string): string[] {
  let ids = wordSituations.get(word);
  if (!ids) {
    ids = situations().filter((s) => firstMatch(s.grounds, word)).map((s) => s.id);
    wordSituations.set(word, ids);
  }
  return ids;
}
