/**
 * PII scrubbing for synthesis: e-mail addresses, URLs, phone numbers, usernames (u/…, @…),
 * street addresses and personal names where the wording makes them detectable ("my sister
 * Anna", "my name is Tom") become typed placeholders. `findPii` is the last gate run over
 * every output file.
 */

import { CRISIS_DIRECTORY } from "../safety/crisis-resources.js";

export type PiiType = "EMAIL" | "URL" | "PHONE" | "USER" | "ADDRESS" | "NAME";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b[a-z0-9-]+\.(?:com|org|net|io|co|me|ly|gg|info|edu|gov)(?:\/[^\s<>"')\]]*)?\b/gi;
const PHONE = /(?<![\w-])(?:\+?\d{1,3}[ \t.-]?)?(?:\(\d{2,4}\)[ \t.-]?|\d{2,4}[ \t.-])\d{3,4}[ \t.-]?\d{3,4}(?![\w-])/g; // a number never runs over a line break
const USER = /(?<![\w/])(?:\/?u\/[A-Za-z0-9_-]{2,}|@[A-Za-z0-9_]{2,})/g;
// Street names are capitalised ("42 Elm Street"); "5 miles down the road" is not an address.
const STREET = "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Crescent|Close)";
const ADDRESS = new RegExp(`\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s+){1,3}${STREET}\\b`, "g");
const RELATION = "(?:husband|wife|boyfriend|girlfriend|partner|fianc[eé]e?|son|daughter|brother|sister|mom|mum|mother|dad|father|friend|best friend|boss|manager|therapist|coworker|co-worker|roommate|ex|cousin|aunt|uncle|grandma|grandpa|neighbou?r|teacher|doctor)";
const NOT_NAMES = new Set("I The A An And But So My Our Me He She They It This That We You Is Was Now Then Today Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas God Reddit Sorry Thanks Edit Update".split(" "));
const NAME_CUES: RegExp[] = [
  new RegExp(`\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er) ${RELATION},? ([A-Z][a-z]{1,15})\\b`, "g"),
  /\b(?:[Mm]y name is|[Mm]y name's|I am called|[Cc]all me|named|called) ([A-Z][a-z]{1,15})\b/g,
  /\b(?:I'm|I am|this is) ([A-Z][a-z]{1,15})(?=[,.!]| and| here)/g,
  /(?:^|\n)\s*[-–—]\s*([A-Z][a-z]{1,15})\s*$/g,
];

export interface ScrubResult {
  text: string;
  counts: Partial<Record<PiiType, number>>;
}

/** Replaces PII with [TYPE] placeholders; counts what it replaced. */
export function scrubPii(input: string): ScrubResult {
  const counts: Partial<Record<PiiType, number>> = {};
  const bump = (t: PiiType) => (counts[t] = (counts[t] ?? 0) + 1);
  let text = input;
  // Order matters: e-mail before user (@) and URL (domain), URL before phone (digits in paths).
  text = text.replace(EMAIL, () => (bump("EMAIL"), "[EMAIL]"));
  text = text.replace(URL, () => (bump("URL"), "[URL]"));
  text = text.replace(USER, () => (bump("USER"), "[USER]"));
  text = text.replace(ADDRESS, () => (bump("ADDRESS"), "[ADDRESS]"));
  text = text.replace(PHONE, (m) => (m.replace(/\D/g, "").length >= 7 ? (bump("PHONE"), "[PHONE]") : m));
  for (const cue of NAME_CUES) {
    text = text.replace(cue, (whole, name: string) => {
      if (NOT_NAMES.has(name)) return whole;
      bump("NAME");
      return whole.replace(name, "[NAME]");
    });
  }
  return { text, counts };
}

// psyllm's own crisis lines and directory links, which every crisis reply carries: public service
// contacts, not anyone's personal data (the gate had refused to write crisis.jsonl for them).
let OWN: { digits: Set<string>; urls: Set<string> } | undefined;
function ownContacts(): { digits: Set<string>; urls: Set<string> } {
  if (OWN) return OWN;
  const hows = Object.values(CRISIS_DIRECTORY).flatMap((set) => set.resources.map((r) => r.how));
  OWN = {
    digits: new Set(hows.flatMap((how) => [...how.matchAll(PHONE)].map((m) => m[0].replace(/\D/g, "")))),
    urls: new Set(hows.flatMap((how) => [...how.matchAll(URL)].map((m) => m[0].toLowerCase()))),
  };
  return OWN;
}

/** PII patterns still present (e-mail, URL, phone, username): must be empty for any output. psyllm's own resource contacts are not PII. */
export function findPii(text: string): Array<{ type: PiiType; match: string }> {
  const own = ownContacts();
  const out: Array<{ type: PiiType; match: string }> = [];
  for (const m of text.matchAll(EMAIL)) out.push({ type: "EMAIL", match: m[0] });
  // An e-mail's domain is not a second finding.
  const rest = text.replace(EMAIL, " ");
  for (const m of rest.matchAll(URL)) if (!own.urls.has(m[0].toLowerCase())) out.push({ type: "URL", match: m[0] });
  for (const m of rest.matchAll(USER)) out.push({ type: "USER", match: m[0] });
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, "");
    if (digits.length >= 7 && !own.digits.has(digits)) out.push({ type: "PHONE", match: m[0] });
  }
  return out;
}
