/**
 * PII scrubbing for synthesis, as a small pipeline over the post's text (title and body together,
 * so one entity gets one placeholder throughout):
 *   detect contacts (pii/contacts.ts) + names, places, organisations (pii/entities.ts)
 *   → resolve overlaps (contacts first, then the longer span)
 *   → every later mention of a detected name or place, and the post's own author name
 *   → typed placeholders: [EMAIL], [PHONE], [URL], [USER], [HANDLE], [ADDRESS], [POSTCODE],
 *     [DATE], [ID] for contacts; [NAME_1], [PLACE_1], [ORG_1]… numbered per entity.
 * `findPii` is the last gate run over every file written: the contact detectors, minus
 * psyllm's own crisis-line numbers and links, which every crisis reply carries.
 */
import { CRISIS_DIRECTORY } from "../safety/crisis-resources.js";
import { findContacts, phoneDigits, PHONE_PATTERN, URL_PATTERN, type Span } from "./pii/contacts.js";
import { findEntities } from "./pii/entities.js";
import { fullNameOf, petMentions } from "./pii/pet-names.js";

export type PiiType = "EMAIL" | "URL" | "PHONE" | "USER" | "HANDLE" | "ADDRESS" | "POSTCODE" | "DATE" | "ID" | "NAME" | "PLACE" | "ORG";

export interface ScrubResult {
  text: string;
  counts: Partial<Record<PiiType, number>>;
}

export interface ScrubOptions {
  /** The post's author name: every mention of it in the text is a username. */
  author?: string;
}

const PLACEHOLDER = /\[(?:EMAIL|URL|PHONE|USER|HANDLE|ADDRESS|POSTCODE|DATE|ID|NAME|PLACE|ORG)(?:_\d+)?\]/g;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CONTACT_TYPES = new Set(["EMAIL", "URL", "PHONE", "USER", "HANDLE", "ADDRESS", "POSTCODE", "DATE", "ID"]);
/** Words of a name or place that are too ordinary to stand for it alone in later mentions. */
const WEAK = /^(?:the|of|and|st|saint|new|north|south|east|west|upper|lower|great|little|old|fort|port|mount|lake|san|santa|los|las|el|la|le|de|van|von|da|di|mc|high|state|university|college|school|hospital|park|bridge|inn|hotel|garden|gardens|center|centre|city|county|town|village|beach|river|station|elementary|academy|clinic|mall|dr|mr|mrs|ms)$/i;

const ORG_WORD = /^(?:logistics|plastics|solutions|systems|industries|foods|motors|manufacturing|services|consulting|partners|associates|technologies|labs|media|insurance|holdings|enterprises|construction|engineering|pharma|retail|distribution|supplies|freight|transport|dental|surgery|practice|agency|studios|salon|gym|fitness|inn|hotel|motel|mall|plaza|bank|church|prison|jail|infirmary|hospice|medical|health|primary|secondary|institute|polytechnic|corp|inc|ltd|llc|group|foundation|trust|council|department|dept|warehouse|library|museum|pharmacy|market|supermarket|cafe|diner|pub|bar|grill|restaurant|bakery)$/i;

function ownPublicContacts(text: string): Span[] {
  const own = ownContacts();
  return findContacts(text).filter((s) => !(/^(?:PHONE|ID|POSTCODE)$/.test(s.type) && own.digits.has(phoneDigits(s.text))) && !(s.type === "URL" && own.urls.has(s.text.toLowerCase())));
}

/** Replaces personal details with typed placeholders; counts what it replaced, by type. */
export function scrubPii(input: string, options: ScrubOptions = {}): ScrubResult {
  const placeholders = [...input.matchAll(PLACEHOLDER)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const outside = (s: Span) => !placeholders.some(([from, to]) => s.start < to && s.end > from);
  const contacts = ownPublicContacts(input).filter(outside);
  const entities = findEntities(input).filter(outside);
  // The author's own name first: where it is also handle-shaped, it is reported as the user it is.
  const spans: Array<Span & { key?: string }> = [];
  const author = options.author?.trim().replace(/^\/?u\//, "");
  if (author && author.length >= 3 && !/^\[?deleted\]?$/i.test(author))
    for (const m of input.matchAll(new RegExp(`(?<![\\w])(?:/?u/)?${escapeRe(author)}(?![\\w])`, "gi"))) spans.push({ start: m.index!, end: m.index! + m[0].length, type: "USER", text: m[0] });
  spans.push(...contacts, ...entities);

  // Later mentions: each distinctive word of a detected name or place, wherever it appears again.
  const numbered = new Map<string, string>();
  const counters: Record<string, number> = {};
  const placeholderFor = (type: string, key: string) => {
    const id = `${type}:${key}`;
    if (!numbered.has(id)) numbered.set(id, `[${type}_${(counters[type] = (counters[type] ?? 0) + 1)}]`);
    return numbered.get(id)!;
  };
  const alias = new Map<string, string>();
  // The distinctive words of every name found, for pet forms ("Samantha" … "Sam", "I call him Ry").
  const nameWords = [...new Set(entities.filter((e) => e.type === "NAME").flatMap((e) => e.key.split(/\s+/)).filter((w) => w.length >= 4 && !WEAK.test(w)))];
  for (const e of [...entities].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const full = e.type === "NAME" && !/\s/.test(e.key) ? fullNameOf(e.key, nameWords.filter((w) => w !== e.key), e.pet ? 2 : 3) : undefined;
    if (full && !alias.has(e.key) && !alias.has(full)) alias.set(full, placeholderFor("NAME", full));
    const known = alias.get(e.key) ?? (full ? alias.get(full) : undefined) ?? (e.type === "NAME" ? e.key.split(/\s+/).map((w) => alias.get(w)).find((x) => x?.startsWith("[NAME")) : undefined);
    const ph = known ?? placeholderFor(e.type, e.key);
    alias.set(e.key, ph);
    // Each distinctive word of the name stands for it later ("Dunmore Plastics" … "at dunmore"); an
    // organisation's generic words ("Plastics", "Hospital") do not.
    for (const w of e.key.split(/\s+/)) if (w.length >= 3 && !WEAK.test(w) && !(e.type === "ORG" && ORG_WORD.test(w)) && !alias.has(w)) alias.set(w, ph);
  }
  for (const [word, ph] of alias) {
    if (!/^[\p{L}'’-]+$/u.test(word)) continue;
    // A two-letter word ("Ry", "LA") only where it is written as a name, with its capital.
    const short = word.length < 3;
    const form = short ? `(?:${escapeRe(word[0].toUpperCase() + word.slice(1))}|${escapeRe(word.toUpperCase())})` : escapeRe(word);
    for (const m of input.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${form}(?:['’]s)?(?![\\p{L}\\p{N}])`, short ? "gu" : "giu"))) {
      const type = ph.slice(1, ph.indexOf("_"));
      spans.push({ start: m.index!, end: m.index! + word.length, type, text: m[0].slice(0, word.length), key: word });
    }
  }

  // Pet forms of the names found that nothing else found ("Jacqueline" … "Jac").
  const named = nameWords.filter((w) => alias.get(w)?.startsWith("[NAME"));
  for (const p of petMentions(input, named, (w) => alias.has(w))) spans.push({ ...p, type: "NAME" });

  // Contacts before entities, then longer spans; a span inside a chosen one is dropped.
  spans.sort((a, b) => a.start - b.start || Number(CONTACT_TYPES.has(b.type)) - Number(CONTACT_TYPES.has(a.type)) || b.end - a.end);
  const chosen: Array<Span & { key?: string }> = [];
  for (const s of spans) {
    const last = chosen[chosen.length - 1];
    if (last && s.start < last.end) {
      // Prefer a contact, else the longer span.
      const better = (CONTACT_TYPES.has(s.type) && !CONTACT_TYPES.has(last.type)) || (CONTACT_TYPES.has(s.type) === CONTACT_TYPES.has(last.type) && s.end - s.start > last.end - last.start);
      if (better) chosen[chosen.length - 1] = { ...s, start: Math.min(s.start, last.start), end: Math.max(s.end, last.end) };
      else last.end = Math.max(last.end, s.end);
      continue;
    }
    chosen.push({ ...s });
  }
  const counts: Partial<Record<PiiType, number>> = {};
  let text = "";
  let at = 0;
  for (const s of chosen) {
    // Every entity and later mention was numbered by the pass above (alias); contacts are typed only.
    const resolved = CONTACT_TYPES.has(s.type) ? `[${s.type}]` : alias.get(s.key ?? "") ?? placeholderFor(s.type, s.key ?? s.text.toLowerCase());
    text += input.slice(at, s.start) + resolved;
    at = s.end;
    counts[s.type as PiiType] = (counts[s.type as PiiType] ?? 0) + 1;
  }
  text += input.slice(at);
  return { text, counts };
}

// psyllm's own crisis lines and directory links, which every crisis reply carries: public service
// contacts, not anyone's personal data.
let OWN: { digits: Set<string>; urls: Set<string> } | undefined;
function ownContacts(): { digits: Set<string>; urls: Set<string> } {
  if (OWN) return OWN;
  const hows = Object.values(CRISIS_DIRECTORY).flatMap((set) => set.resources.map((r) => r.how));
  OWN = {
    // Phone numbers and short codes ("text HOME to 741741") alike.
    digits: new Set(hows.flatMap((how) => [...[...how.matchAll(PHONE_PATTERN)].map((m) => phoneDigits(m[0])), ...(how.match(/\d{4,}/g) ?? [])])),
    urls: new Set(hows.flatMap((how) => [...how.matchAll(URL_PATTERN)].map((m) => m[0].toLowerCase()))),
  };
  return OWN;
}

/**
 * Personal details still present (contacts of every kind: e-mail, written-out e-mail, URL, phone,
 * handle, username, address, postcode, full date, long id): must be empty for any output file.
 * psyllm's own resource contacts and placeholders are not PII.
 */
export function findPii(text: string): Array<{ type: PiiType; match: string }> {
  // A placeholder becomes marks no detector reads as part of a detail (spaces would let "sc: [HANDLE]" reach the next word).
  // psyllm's own dataset ids (d- and 16 hex digits, sometimes all digits) are not anyone's number.
  const clean = text.replace(PLACEHOLDER, (m) => "¶".repeat(m.length)).replace(/\bd-[0-9a-f]{16}\b/g, (m) => "¶".repeat(m.length));
  const spans = ownPublicContacts(clean).filter((s) => s.type !== "ADDRESS" && s.type !== "DATE"); // too loose on the counselor's own words; scrubbed on input
  // One finding per detail: a span inside a longer one ("07700" inside "07700 900123") is not another.
  return spans
    .filter((s, i) => !spans.some((o, j) => o !== s && o.start <= s.start && o.end >= s.end && (o.end - o.start > s.end - s.start || j < i)))
    .map((s) => ({ type: s.type as PiiType, match: s.text }));
}
