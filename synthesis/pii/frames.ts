/**
 * Frames that say a name follows, whatever the word looks like: the word is taken when it could be
 * a name (a listed given name or surname, or no English word: lexicon.ts), never when it is a stop
 * word, a month, a medicine, an app or a family word.
 * - a title in any case, dotted or not ("ms. okafor", "dr Lindqvist");
 * - a place of study after a study cue ("in third year at Massey", "doing a diploma at Unitec");
 * - a name set off by commas after a person ("a lad in my crew, Deano, who…") or straight after
 *   "this guy" ("this girl marnie");
 * - what someone is called ("I call her Bex"): a pet form (pet: true);
 * - a place after a venue ("the bowls club at Kelso Heights");
 * - a nickname as the subject of a clause ("Tazza reckons…"): no English word, not written in
 *   lower case anywhere in the post, and with a weak verb ("is", "has") named twice;
 * - a friend in lower case ("me and bex", "best mates with kez");
 * - a family member's name in brackets ("Mum (Delia, …)");
 * - a place's own name set off by commas ("the one near us, Wattlebrook, charges…").
 */
import type { EntitySpan } from "./entities.js";
import { isEnglish, lower, NEVER, notAName, personish, unlikeAWord, type Vocab } from "./lexicon.js";

export function push(out: EntitySpan[], start: number, value: string, type: EntitySpan["type"], key = lower(value), pet?: boolean) {
  const trimmed = value.replace(/[\s,.;:!?]+$/, "");
  if (!trimmed) return;
  out.push({ start, end: start + trimmed.length, type, text: trimmed, key: key.replace(/[\s,.;:!?]+$/, ""), ...(pet ? { pet } : {}) });
}

export function each(text: string, re: RegExp, fn: (m: RegExpMatchArray, value: string, at: number) => void, group = 1) {
  for (const m of text.matchAll(re)) {
    const value = m[group];
    if (!value) continue;
    const inside = m[0].lastIndexOf(value);
    fn(m, value, inside >= 0 ? m.index! + inside : m.index! + m[0].length); // a value read in a lookahead starts where the match ends
  }
}

/** One word that may be a name, in any case ("Ry", "soph", "Okafor"); a possessive 's is left outside. */
const WORD = "[\\p{L}][\\p{Ll}’'-]*[\\p{Ll}]";
const CAPW = "\\p{Lu}[\\p{Ll}’'-]*[\\p{Ll}]";
const STOP = new Set("the a an and or but nor to of in on at for with from by as is was are were be been am my your his her its our their this that these those it i you he she we they me him them us so if not no up out about just too very really".split(" "));
const cap = (w: string) => /^\p{Lu}/u.test(w);
const bare = (w: string) => w.replace(/['’]s$/, "");

const TITLE = "(mr|mrs|ms|miss|mx|dr|prof)";
/** Cues after which a capitalised word is a place of study. */
const STUDY_CUE =
  "(?:(?:first|second|third|fourth|fifth|final|last|\\d(?:st|nd|rd|th))[ -](?:year|yr|sem(?:ester)?|term)(?:\\s+[\\p{L}']+){0,5}?\\s+at|year\\s+at|stud(?:ying|y|ies|ied)(?:\\s+[\\p{L}']+){0,4}?\\s+at|student\\s+at|(?:doing|taking|finishing|started|starting|enrolled in)\\s+(?:(?:a|an|my|the|her|his)\\s+)?(?:[\\p{L}']+\\s+){0,5}?at|(?:degree|bachelor(?:'?s)?|masters?|phd|diploma|certificate|course|apprenticeship|placement|prac)\\s+at)";
/** Capitalised words that name a kind of place of study, not one: "second year at Uni". */
const GENERIC_STUDY = new Set("uni university college school high tafe polytechnic work home church the a my".split(" "));
const PERSON_NOUN =
  "(?:bloke|guy|girl|lady|woman|man|dude|lad|lass|fella|fellow|chap|chick|kid|boy|coworker|co-worker|colleague|workmate|manager|boss|supervisor|neighbou?r|friend|mate|buddy|pal|bestie|flatmate|roommate|housemate|classmate|teammate|teacher|tutor|lecturer|counsell?or|therapist|psychologist|psychiatrist|doctor|gp|nurse|cousin|uncle|aunt|auntie|brother|sister|son|daughter|partner|boyfriend|girlfriend|husband|wife|fianc[eé]e?|landlord|landlady|sponsor|carer|caseworker|student|apprentice|trainee)s?";
const VENUE =
  "(?:club|pub|rsl|hotel|tavern|bar|bowlo|leagues|hospital|clinic|library|gym|church|mosque|temple|school|station|centre|center|mall|shops|plaza|markets?|cafe|café|restaurant|pool|oval|cinema|maccas|servo|uni|tafe|campus|court|pharmacy|chemist|surgery|practice|ward)";
const FAMILY =
  "(?:dad|mum|mom|mam|mother|father|papa|mama|pop|nan|nana|gran|granny|grandma|grandpa|grandad|grandmother|grandfather|stepdad|stepmum|stepmom|brother|sister|husband|wife|son|daughter|uncle|aunt|auntie|cousin|partner|boyfriend|girlfriend|bf|gf|ex|fianc[eé]e?|friend|mate|boss|nephew|niece)";
const PLACE_HEAD =
  "(?:care home|nursing home|aged care|retirement (?:home|village)|home|facility|clinic|centre|center|hospital|hospice|rehab|village|residence|place|practice|surgery|school|one\\s+(?:near|by|close to|next to|nearest|closest to|down the road from|round the corner from)\\s+(?:us|me|here|them|him|her|home|(?:my|our)\\s+\\p{L}+))";
/** Where a clause starts: its subject comes next. */
const CLAUSE_START = "(?:^|[.!?;:(\\n\"“—–]\\s*|,\\s+|\\b(?:and|but|so|then|because|cause|cos|coz|when|while|if|until|since|though|although|that|think|thinks|reckon|guess|know|knew|hope|wish|bet|swear)\\s+)";
/** Verbs that say their subject is a person. */
const PERSON_VERB =
  "(?:knows|knew|said|says|thinks|thought|reckons|reckoned|told|tells|asked|asks|texted|texts|messaged|rang|rings|called|calls|wants|wanted|loves|loved|hates|hated|cried|laughed|promised|agreed|agrees|admitted|admits|insists|insisted|swears|swore|kissed|hugged|yelled|screamed|shouted|understands|understood|reminds|reminded|noticed|doesn['’]?t|didn['’]?t|won['’]?t|isn['’]?t|wasn['’]?t|hasn['’]?t|never|always|and I|and me)";
/** Verbs anything may be the subject of ("Fluoxetine is", "Lockdown has"): the word must be named twice. */
const ANY_VERB = "(?:is|was|has|had|will|would|can|could|keeps|kept|got|gets|came|comes|went|goes|left|picked|helped|found|saw|heard|feels|felt|tried|tries|lives|works|worked|moved)";

/** Names in frames that say one follows. */
export function findFrames(text: string, v: Vocab): EntitySpan[] {
  const out: EntitySpan[] = [];
  const place = (w: string) => v.places.has(lower(w));

  // A title in any case: "ms. okafor", "Dr lindqvist". "mr"/"mrs" and a dotted title are titles whatever
  // follows; "miss" is also a verb, "dr" a drive, "ms" an illness, so those need a name-like word.
  each(text, new RegExp(`(?<![;/\\p{L}])${TITLE}(\\.?)[ \\t]+(${WORD})`, "giu"), (m, name, at) => {
    const title = m[1].toLowerCase();
    const w = lower(name);
    if (STOP.has(w) || notAName(name, v) || (!cap(name) && w.length < 3)) return;
    const listed = v.given.has(w) || v.surnames.has(w);
    const ok = title === "miss" ? personish(name, v) && !isEnglish(w, v) && !place(name) : m[2] === "." && title !== "dr" ? true : personish(name, v) || (listed && (title === "mr" || title === "mrs"));
    if (ok) push(out, at, bare(name), "NAME");
  }, 3);

  // A place of study after a study cue: "in third year at Massey doing…", "a diploma at Unitec".
  each(text, new RegExp(`\\b${STUDY_CUE}\\s+(?:the\\s+)?(${CAPW}(?:\\s+(?:${CAPW}|of|&)){0,4})`, "giu"), (_m, value, at) => {
    const words: string[] = [];
    for (const w of value.split(/\s+/)) {
      if (cap(w) && !NEVER.has(lower(w))) words.push(w);
      else if (/^(?:of|&)$/.test(w) && words.length) words.push(w);
      else break;
    }
    while (words.length && /^(?:of|&)$/.test(words[words.length - 1])) words.pop();
    if (!words.length || !cap(words[0]) || words.every((w) => GENERIC_STUDY.has(lower(w)) || /^(?:of|&)$/.test(w))) return;
    const w = lower(words[0]);
    if (words.length === 1 && (notAName(words[0], v) || !(place(w) || v.surnames.has(w) || v.given.has(w) || !isEnglish(w, v)))) return;
    push(out, at, bare(words.join(" ")), "ORG");
  });

  // A name set off by commas after a person: "a lad in my crew, Deano, who…", "my supervisor, Ines, said".
  each(text, new RegExp(`\\b${PERSON_NOUN}\\b[^.,;:!?\\n()"]{0,60}?,[ \\t]*(${CAPW})(?=[ \\t]*(?:,|\\(|[—–]|-[ \\t])|[ \\t]+who\\b|[ \\t]+who['’]s\\b)`, "giu"), (_m, name, at) => {
    if (cap(name) && personish(name, v) && !place(name)) push(out, at, bare(name), "NAME");
  });
  // "this guy tyler", "some girl called marnie".
  each(text, new RegExp(`\\b(?:this|that|some|one|a)\\s+(?:guy|girl|dude|bloke|boy|lad|chick|woman|kid|lady|fella|chap)\\s+(?:called\\s+|named\\s+)?(${WORD})\\b`, "giu"), (_m, name, at) => {
    // A person is meant, whatever else the word names ("this guy tyler": Tyler is also a town).
    if (personish(name, v)) push(out, at, bare(name), "NAME");
  });

  // What someone is called: "I used to call him Ry", "we called her Bex".
  each(text, new RegExp(`\\b(?:call(?:s|ed|ing)?|nicknamed?|nicknames)\\s+(?:him|her|them)\\s+["'‘“]?(${WORD})`, "giu"), (_m, name, at) => {
    if (STOP.has(lower(name)) || !personish(name, v)) return;
    push(out, at, bare(name), "NAME", lower(name), true);
  });

  // A place after a venue: "the bowls club at Kelso Heights", "the RSL in Tuggerah".
  each(text, new RegExp(`\\b${VENUE}\\s+(?:at|in|near)\\s+(${CAPW}(?:[ \\t]+${CAPW})?)`, "giu"), (_m, value, at) => {
    const words: string[] = [];
    for (const w of value.split(/\s+/)) {
      if (!cap(w) || notAName(w, v)) break;
      words.push(w);
    }
    if (!words.length) return;
    const w = lower(words[0]);
    if (words.length === 1 && !(place(w) || (!isEnglish(w, v) && !v.common.has(w)))) return;
    push(out, at, bare(words.join(" ")), "PLACE");
  });

  // A nickname as a clause's subject: "Tazza reckons…", "Tazza is…" (named twice).
  each(text, new RegExp(`${CLAUSE_START}(\\p{Lu}[\\p{Ll}]{1,13})(?=\\s+(${PERSON_VERB}|${ANY_VERB})\\b)`, "gimu"), (_m, name, at) => {
    const w = name.toLowerCase();
    if (!cap(name) || !unlikeAWord(name, v) || place(name) || new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(text)) return;
    const verb = text.slice(at + name.length).trimStart();
    if (!new RegExp(`^${PERSON_VERB}\\b`, "iu").test(verb) && (text.match(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "gu")) ?? []).length < 2) return;
    push(out, at, name, "NAME");
  });

  // A friend in lower case: "me and bex", "bex and me", "best mates with kez".
  for (const re of [`\\b(?:me|myself)\\s+(?:and|an|n|&)\\s+(${WORD})\\b`, `\\b(${WORD})\\s+(?:and|&|n)\\s+me\\b`, `\\b(?:best\\s+)?(?:mates?|friends?|buddies|pals|besties|bffs?)\\s+with\\s+(${WORD})\\b`])
    each(text, new RegExp(re, "giu"), (_m, name, at) => {
      if (personish(name, v) && !place(name)) push(out, at, bare(name), "NAME");
    });

  // A family member's name in brackets: "Mum (Delia, she'd laugh at this)".
  each(text, new RegExp(`\\b${FAMILY}\\s*\\(\\s*(${WORD})(?=[\\s,);:—–-])`, "giu"), (_m, name, at) => {
    if (personish(name, v) && !place(name)) push(out, at, bare(name), "NAME");
  });

  // A place's own name set off by commas: "the one near us, Wattlebrook, charges…".
  each(text, new RegExp(`\\b${PLACE_HEAD}\\s*,[ \\t]*(${CAPW}(?:[ \\t]+${CAPW}){0,2})[ \\t]*,`, "gu"), (_m, value, at) => {
    const words = value.split(/\s+/);
    if (words.some((w) => notAName(w, v))) return;
    if (words.length === 1 && (isEnglish(words[0], v) || v.common.has(lower(words[0])) || place(words[0]))) return;
    push(out, at, value, "ORG");
  });

  // A lower-case word that is no English word right after someone's relation to the writer:
  // "my sister maddie", "my mate dazza", "my flatmate soph", "the one person I talked to (jaylen)".
  each(text, new RegExp(`\\bmy\\s+(?:${RELATION})\\s+([a-z][a-z'’-]{2,14})\\b`, "gu"), (_m, name, at) => {
    if (!isEnglish(name, v) && !v.common.has(lower(name)) && !notAName(name, v)) push(out, at, bare(name), "NAME");
  });
  each(text, new RegExp(`\\b(?:person|people|one|guy|girl|friend|mate|someone|somebody)\\b[^()\\n.!?]{0,50}\\(\\s*([a-z][a-z'’-]{2,14})\\s*\\)`, "gu"), (_m, name, at) => {
    if (personish(name, v)) push(out, at, bare(name), "NAME");
  });
  // The town before a full postcode: "7 Stanley Terrace, Hull HU3 2PX" (Hull is also a word).
  each(text, new RegExp(`\\b(${CAPW})[ \\t,]+(?=[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]*\\d[A-Z]{2}\\b)`, "gu"), (_m, name, at) => {
    if (!notAName(name, v)) push(out, at, name, "PLACE");
  });
  // An employer after a work cue, brands and initials included: "retired from GM after 34 years",
  // "on the tills at Tesco".
  each(text, new RegExp(`\\b(?:work(?:s|ed|ing)?|job|shifts?|tills|retired|redundant|laid off|fired|employed|hired)\\b[^.!?\\n]{0,40}?\\b(?:at|for|from|by)[ \\t]+((?:${CAPW}|[A-Z]{2,5})(?:[ \\t]+${CAPW}){0,2})(?![\\p{L}])`, "gu"), (_m, name, at) => {
    const first = name.split(/\s+/)[0];
    // A shop or an app is an employer here; only pronouns, days and the like are not.
    if (NEVER.has(lower(first))) return;
    if (/^[A-Z]{2,5}$/.test(first) && /^(?:NHS|GP|HR|ER|ICU|AM|PM|UK|US|USA|EU|OK|IT)$/.test(first)) return;
    if (v.common.has(lower(first)) || /^(?:The|A|An|My|Home|Work|School|Uni|University|College|Night|Nights|Weekends?)$/.test(first)) return;
    push(out, at, name, "ORG");
  });
  // A name signed at the end: "Thank you Bob", "Thanks, — Marg".
  each(text, new RegExp(`\\b(?:thank you|thanks|thank u|cheers|regards|best wishes|love|ta)[,!.]?[ \\t\\n]*[-–—~]?[ \\t]*(${CAPW})[ \\t]*[.!]?[ \\t\\n]*$`, "giu"), (_m, name, at) => {
    const w = lower(name);
    if (!notAName(name, v) && (v.given.has(w) || !isEnglish(w, v)) && !/^(?:all|everyone|guys|reddit|again|so|very|in|for)$/i.test(w)) push(out, at, name, "NAME");
  });
  return out;
}

/** Someone's relation to the writer, before a name ("my sister maddie"). */
const RELATION =
  "sister|brother|sis|bro|mate|flatmate|roommate|housemate|friend|best friend|bestie|bff|cousin|bf|gf|boyfriend|girlfriend|partner|husband|wife|hubby|son|daughter|coworker|co-worker|colleague|boss|manager|neighbou?r|niece|nephew|aunt|auntie|uncle|nan|gran|grandma|grandpa|stepdad|stepmum|stepmom|ex|kid|baby|dog|cat|therapist|counsell?or|teacher|tutor";
