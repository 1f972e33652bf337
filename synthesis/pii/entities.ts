/**
 * Names of people, places and organisations in real posts, found four ways:
 * - **cues** that say a name follows whatever it looks like: a relation ("my gf priya"), a title
 *   ("Dr. Kaplan", "Mrs Alvarez"), "named / my name is", a residence ("moved up to Duluth",
 *   "back home in Cork"), a workplace or school ("I work at …", "a nurse at St Mary's",
 *   "junior at Ohio State");
 * - **lists** kept as data beside this file (vocab/: given names, surnames, places; and the
 *   common words that are also names, which need a cue): capitalised given names and surnames,
 *   full names, known places (lower-case ones after a residence cue), lower-case given names
 *   where a person is spoken of ("me and tyler", "tyler said");
 * - **shape**: capitalised words ending in an institution or landmark word ("Westview High",
 *   "Mercy Hospital", "Burrard Bridge", "Hilton Garden Inn").
 * - **frames** (frames.ts) where a word of any shape is a name if it could be one (no English word,
 *   or a listed name): "ms. okafor", "a lad on my crew, Deano, who…", "me and bex", "Mum (Delia, …)",
 *   "Tazza reckons…", "the one near us, Wattlebrook,", "in third year at Massey".
 * Each span carries a key so every later mention of the same entity gets the same placeholder.
 */
import type { Span } from "./contacts.js";
import { each, findFrames, push } from "./frames.js";
import { loadVocab, lower, NEVER, personish, unlikeAWord, type Vocab } from "./lexicon.js";

export interface EntitySpan extends Span {
  type: "NAME" | "PLACE" | "ORG";
  /** Lower-case words that stand for this entity in later mentions. */
  key: string;
  /** Given as what someone is called ("I call him Ry"): a two-letter pet form of a longer name found elsewhere is that name. */
  pet?: boolean;
}

const CAP = "(?:[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z]{2,4}(?=\\b))";
const CAP_RUN = `(?<![\\p{L}'’])(?:${CAP})(?:\\s+(?:${CAP}))*`;
const RELATION =
  "(?:husband|hubby|wife|wifey|boyfriend|girlfriend|bf|gf|bff|partner|fianc[eé]e?|spouse|son|daughter|kid|baby|brother|bro|sister|sis|twin|mom|mum|mother|dad|father|stepdad|stepmom|stepmum|stepfather|stepmother|friend|best friend|bestie|mate|buddy|boss|manager|supervisor|therapist|counsell?or|psychiatrist|psychologist|doctor|gp|coworker|co-worker|colleague|roommate|flatmate|housemate|ex|ex-boyfriend|ex-girlfriend|ex-husband|ex-wife|cousin|aunt|auntie|uncle|grandma|grandpa|granny|nan|nana|grandmother|grandfather|grandson|granddaughter|nephew|niece|neighbou?r|teacher|professor|coach|tutor|pastor|priest|landlord|landlady|crush|date|dog|cat|puppy|kitten|missus|missis|mrs|hubs|other half|better half|old lady|old man|fella|bloke|bestie)";
const TITLE = "(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Coach|Nurse|Officer|Pastor|Father|Rev|Judge|Detective|Sgt|Sergeant|Captain|Principal|Dean|Madam|Sir|Lady|Auntie|Uncle|Aunt|Grandma|Grandpa)";
const INSTITUTION =
  "(?:Logistics|Plastics|Solutions|Systems|Industries|Foods|Motors|Manufacturing|Services|Consulting|Partners|Associates|Technologies|Labs|Media|Insurance|Holdings|Enterprises|Construction|Engineering|Pharmaceuticals|Pharma|Retail|Distribution|Supplies|Freight|Transport|Dental|Surgery|Practice|Agency|Studios|Salon|Gym|Fitness|University|College|Polytechnic|School|High|High School|Middle School|Elementary|Primary|Secondary|Academy|Institute|Hospital|Clinic|Medical Center|Medical Centre|Health|Infirmary|Hospice|Inn|Hotel|Motel|Mall|Plaza|Bank|Church|Cathedral|Mosque|Synagogue|Temple|Prison|Jail|Station|Park|Bridge|Beach|Lake|River|Falls|Mountain|Tower|Centre|Center|Stadium|Arena|Library|Museum|Bakery|Cafe|Café|Diner|Pub|Bar|Grill|Restaurant|Pharmacy|Market|Supermarket|Warehouse|Factory|Plant|Depot|Base|Barracks|Corporation|Corp|Inc|Ltd|LLC|Group|Foundation|Trust|Council|Department|Dept)";
const WORK_CUE = "(?:(?:work(?:s|ed|ing)?|job|jobs|shifts?|intern(?:ing|ship)?|employed|hired|fired|laid off|let go|volunteer(?:ing)?|placement|residency|rotation)(?:\\s+(?:nights|days|weekends|evenings|mornings|nightshifts?|full[- ]time|part[- ]time|there|shifts))?|(?:was|been|spent|stayed)(?:\\s+\\w+){0,3}?|\\d+\\s+(?:years?|months?)|(?:my|the)\\s+(?:boss|manager|supervisor|coworkers?|colleagues?|team lead)|(?:i'?m|i am)\\s+(?:a|an)\\s+\\w+)\\s+(?:at|for|with)";
const ROLE_CUE =
  "(?:nurse|teacher|cashier|manager|barista|server|waitress|waiter|bartender|driver|clerk|engineer|developer|analyst|assistant|aide|tech|technician|paramedic|doctor|resident|intern|student|pupil|junior|senior|sophomore|freshman|fresher|undergrad|grad student|phd student|postdoc|professor|lecturer|employee|associate|worker|staff|officer|soldier|janitor|cleaner|receptionist|accountant|lawyer|pharmacist|carer|caregiver|volunteer|coach|chef|cook)\\s+(?:at|for|in)";
const SCHOOL_CUE = "(?:go(?:es|ing)? to|went to|attend(?:s|ed|ing)?|enrolled (?:at|in)|transferred to|graduated from|dropped out of|studying at|study at|accepted (?:to|into|at))";
const RESIDENCE_CUE =
  "(?:live(?:s|d)? in|living in|moved(?: back| up| down| out| over| away)?(?: here)? to|moving(?: back| up| down| out)? to|move(?: back| up| down| out)? to|relocated to|grew up in|raised in|born in|based in|(?:i'm|i am|im|we're|we are|originally|was|were|come|came|comes|moved|move|hails?) from|here in|back home in|(?:i'?m|i am|im|we'?re|we are)\\s+(?:based |living |staying |stuck |now )?(?:in|near|outside(?: of)?)(?= [A-Z])|back in|home in|(?:flew|drove|went|came|got|going|headed|move|moved|moving)? ?(?:back )?home to|back to(?= [A-Z])|(?:house|flat|apartment|apt|place|dorm|room|home|condo|studio|bedsit|unit|trailer|town|village|suburb|area|neighbou?rhood|part of|site|branch|store|office|warehouse|campus) (?:in|near|outside(?: of)?)|over in|out in|up in|down in|near|outside(?: of)?|just outside|close to|drove (?:up |down )?to|flew (?:back )?to|visiting|visit(?:ed)?|stationed (?:in|at)|deployed to|commute (?:to|from)|in the town of|in the city of|a town called|a city called|small town (?:in|near|outside(?: of)?))";
const PERSON_BEFORE = "(?:me and|me n|and|with|to|told|tell|texted|text|called|call|asked|ask|saw|see|met|meet|like|than|for|from|about|miss|love|hate|kissed|dating|dated|married|marry|blocked|ghosted|left|unlike|except|by)";
const PERSON_AFTER = "(?:and i|and me|said|says|told|tells|texted|texts|was|is|has|had|keeps|kept|wants|wanted|thinks|thought|came|comes|left|broke|asked|asks|called|calls|yelled|screamed|hit|hits|cheated|died|passed|moved|got|gets|never|always|doesn'?t|didn'?t|won'?t|isn'?t|wasn'?t|and her|and his|'s|’s)";

const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
/** Brands that are ordinary words elsewhere ("ordered on Amazon") but an employer after a work cue. */
const BRANDS = new Set("uber lyft google facebook instagram snapchat tiktok discord twitter youtube netflix spotify amazon".split(" "));
/** Given names that are also abstract nouns and often start a sentence ("Hope is…"): never by a verb alone. */
const ABSTRACT = new Set("hope faith grace joy will may june april august summer autumn winter dawn love destiny patience honor honour liberty harmony serenity trinity charity mercy justice truth chance happy sunny glory heaven haven karma".split(" "));

/** The leading capitalised words of a capture made case-insensitively (keeping "of", "&", "on 5th" inside). */
function leadingCapitalised(value: string): string {
  const words = value.split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((kept.length ? /^[A-Z0-9]/ : /^[A-Z]/).test(w) || (/^(?:of|&)$/.test(w) && /^[A-Z]/.test(words[i + 1] ?? ""))) kept.push(w);
    else break;
  }
  return kept.join(" ");
}

/** Is this (lower-case) word a given name, surname or place that may stand without a cue? */
function nameLike(word: string, v: Vocab): "given" | "surname" | undefined {
  const w = lower(word);
  if (v.common.has(w) || NEVER.has(w)) return undefined;
  if (v.given.has(w)) return "given";
  if (v.surnames.has(w)) return "surname";
  return undefined;
}

/** People, places and organisations with their spans. */
export function findEntities(text: string): EntitySpan[] {
  const v = loadVocab();
  const out: EntitySpan[] = [];
  const ok = (w: string) => !NEVER.has(lower(w)) && !/^[A-Z]{2,4}$/.test(w);

  // Cues: a relation, a title, "named", "my name is", a sign-off.
  each(text, new RegExp(`\\b(?:my|our|his|her|their|your|the)\\s+(?:\\w+\\s+)?${RELATION},?\\s+(${CAP}|[a-z]{3,12})\\b`, "gi"), (m, name, at) => {
    const w = lower(name);
    if (NEVER.has(w) || (/^[a-z]/.test(name) && !v.given.has(w))) return;
    if (v.common.has(w) && /^[a-z]/.test(name)) return;
    // Set off by a comma, the word may start the next clause ("my boss, Sadly, left"): only a name-like word.
    if (/,\s*\S+$/.test(m[0]) && !personish(name, v)) return;
    push(out, at, name, "NAME");
  });
  each(text, new RegExp(`\\b${TITLE}\\.?\\s+(${CAP}(?:\\s+${CAP})?)`, "g"), (_m, name, at) => ok(name.split(/\s+/)[0]) && push(out, at, name, "NAME"));
  each(text, new RegExp(`\\b(?:[Mm]y name is|[Mm]y name'?s|I am called|I'm called|[Cc]all me|named|called|goes by|[Ii]t'?s me,?)\\s+(${CAP}|[a-z]{3,12})\\b`, "g"), (_m, name, at) => {
    const w = lower(name);
    if (NEVER.has(w) || (/^[a-z]/.test(name) && (!v.given.has(w) || v.common.has(w)))) return;
    push(out, at, name, "NAME");
  });
  each(text, /(?:^|\n)\s*[-–—~]\s*([A-Z][a-z]{1,15})\s*$/gm, (_m, name, at) => ok(name) && push(out, at, name, "NAME"));

  // Workplaces and schools after a cue: capitalised words (with 's, & and "of"), or one lower-case brand word.
  const ORG_NAME = `(?:(?:the|a|an)\\s+)?((?:${CAP}|\\d+(?:st|nd|rd|th)?|&|of|St\\.?)(?:\\s+(?:${CAP}|&|of(?=\\s+[A-Z])|on\\s+\\d+(?:st|nd|rd|th)))*(?:['’]s)?)`;
  for (const cue of [WORK_CUE, ROLE_CUE, SCHOOL_CUE])
    each(text, new RegExp(`\\b${cue}\\s+${ORG_NAME}`, "gi"), (_m, value, at) => {
      const name = leadingCapitalised(value);
      // A brand is an employer here ("nights at Amazon's warehouse"); only pronouns, days and the like are not.
      if (!name || (NEVER.has(lower(name)) && !BRANDS.has(lower(name)))) return;
      push(out, at, name, "ORG");
    });
  each(text, new RegExp(`\\b(University of (?:${CAP})(?:\\s+${CAP})?|(?:${CAP}\\s+){1,3}${INSTITUTION}\\b|St\\.?\\s+${CAP}(?:['’]s)?|(?:${CAP})\\s+State\\b)`, "g"), (_m, name, at) => {
    const words = name.split(/\s+/);
    if (words.length === 2 && NEVER.has(lower(words[0]))) return;
    if (/^(The|A|My|Our|This|That)\s/.test(name)) return;
    push(out, at, name, /\b(?:Park|Bridge|Beach|Lake|River|Falls|Mountain|Tower|Station)$/.test(name) ? "PLACE" : "ORG");
  }, 1);

  // A stay somewhere ("3 days at Harborview", "admitted to St Luke's"): the place is an organisation.
  each(text, new RegExp(`\\b(?:admitted (?:to|at|into)|inpatient (?:at|in)|hospitali[sz]ed (?:at|in)|(?:stayed|spent (?:\\w+ ){1,2}(?:days?|nights?|weeks?|months?)) (?:at|in)|discharged from|transferred to|(?:er|a&e|emergency room|psych ward|ward) (?:at|in))\\s+(?:the\\s+)?(${CAP}(?:\\s+${CAP}){0,3}(?:['’]s)?)`, "gi"), (_m, name, at) => {
    const kept = leadingCapitalised(name);
    if (!kept || NEVER.has(lower(kept.split(/\s+/)[0]))) return;
    push(out, at, kept, "ORG");
  });
  // Landmarks named by a leading word ("Point Defiance", "Mount Rainier", "Lake Tahoe").
  each(text, new RegExp(`\\b((?:Point|Mount|Mt\\.?|Lake|Fort|Port|Cape|Camp|Glen|Loch|Isle of)\\s+${CAP})`, "g"), (_m, name, at) => push(out, at, name, "PLACE"));

  // Residences: a capitalised place after a cue, or any listed place (lower-case ones only after a cue).
  // The place is read in a lookahead, so one cue's capture never swallows the next cue ("home to my studio in West End").
  each(text, new RegExp(`\\b${RESIDENCE_CUE}\\s+(?:the\\s+)?(?=(${CAP_RUN}|[a-z]{3,14}(?:\\s+[a-z]{3,14})?))`, "giu"), (_m, place, at) => {
    const words = place.split(/\s+/);
    // Trim to the longest listed place at the start, or capitalised words that are not everyday words.
    for (let k = Math.min(words.length, v.placeWords); k >= 1; k--) {
      const cand = words.slice(0, k).join(" ");
      const lc = lower(cand).replace(/\./g, "");
      if (v.places.has(lc) && (/^[A-Z]/.test(cand) || (!v.common.has(lc) && !NEVER.has(lc)))) return push(out, at, cand, "PLACE");
    }
    if (/^[A-Z]/.test(place)) {
      const kept = [];
      // Capitalised words that are not everyday words; a run of two or more capitalised words
      // names a place even when each is an everyday word ("West End", "Old Town").
      const caps = words.filter((w, i) => /^[A-Z]/.test(w) && words.slice(0, i).every((x) => /^[A-Z]/.test(x)));
      for (const w of words) {
        if (!/^[A-Z]/.test(w) || NEVER.has(lower(w)) || (v.common.has(lower(w)) && caps.length < 2)) break;
        kept.push(w);
      }
      if (kept.length) push(out, at, kept.join(" "), "PLACE");
    }
  });
  // Capitalised runs: listed places, full names, given names, surnames.
  for (const m of text.matchAll(new RegExp(CAP_RUN, "gu"))) {
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ w: w[0], at: m.index! + w.index! }));
    let i = 0;
    while (i < words.length) {
      let used = 0;
      for (let k = Math.min(words.length - i, v.placeWords); k >= 1 && !used; k--) {
        const cand = words.slice(i, i + k).map((x) => x.w).join(" ");
        const lc = lower(cand).replace(/\./g, "");
        if (v.places.has(lc) && (k > 1 || (!v.common.has(lc) && !NEVER.has(lc)))) {
          push(out, words[i].at, cand, "PLACE");
          used = k;
        }
      }
      // A month's short form after a time word or before a day is the month ("since Jan", "Jan 4th").
      const month = MONTH_SHORT.test(words[i].w) && (/\b(?:in|since|from|until|till|by|last|next|early|late|mid|of|on|to|through|thru)\s+$/i.test(text.slice(0, words[i].at)) || /^\s+\d/.test(text.slice(words[i].at + words[i].w.length)));
      if (!used && !month && /[a-z]/.test(words[i].w) && words[i].w.replace(/['’]s$/, "").length >= 3 && nameLike(words[i].w, v)) {
        // A name takes the capitalised words after it that are not places or everyday words.
        let k = 1;
        while (i + k < words.length && ok(words[i + k].w) && !v.common.has(lower(words[i + k].w)) && !v.places.has(lower(words[i + k].w))) k++;
        push(out, words[i].at, words.slice(i, i + k).map((x) => x.w).join(" "), "NAME");
        used = k;
      }
      // Recall first: any other capitalised word that is no English word, no listed everyday word
      // and no medicine or coined term is a proper name nobody listed ("from Jabalpur to Kota",
      // "Thando", "Laurentian Credit Union"): a place after a place word, else a name. Scrubbing a
      // brand by mistake costs a word; leaving a town or a surname costs someone's privacy.
      if (!used && !month && /[a-z]/.test(words[i].w) && unlikeAWord(words[i].w.replace(/['’]s$/, ""), v)) {
        let k = 1;
        while (i + k < words.length && ok(words[i + k].w) && !v.common.has(lower(words[i + k].w))) k++;
        const span = words.slice(i, i + k).map((x) => x.w).join(" ");
        const before = text.slice(Math.max(0, words[i].at - 12), words[i].at);
        push(out, words[i].at, span, /\b(?:in|at|from|to|near|around|outside|towards|via)\s+$/i.test(before) ? "PLACE" : "NAME");
        used = k;
      }
      i += used || 1;
    }
  }
  // A capitalised given name that is also an everyday word ("Mark", "Frank", "Rose") when a person's verb follows it.
  each(text, new RegExp(`\\b([A-Z][a-z]{2,11})(?=\\s+(?:has always|has never|always|never|${PERSON_AFTER})\\b)`, "g"), (_m, name, at) => {
    const w = name.toLowerCase();
    if (v.given.has(w) && !ABSTRACT.has(w) && !NEVER.has(w)) push(out, at, name, "NAME");
  });
  // Lower-case given names where a person is spoken of.
  each(text, new RegExp(`\\b${PERSON_BEFORE}\\s+([a-z]{4,12})\\b`, "g"), (_m, name, at) => {
    const w = name.toLowerCase();
    if (v.given.has(w) && !v.common.has(w) && !NEVER.has(w)) push(out, at, name, "NAME");
  });
  each(text, new RegExp(`\\b([a-z]{4,12})(?=\\s*${PERSON_AFTER}\\b)`, "g"), (_m, name, at) => {
    const w = name.toLowerCase();
    if (v.given.has(w) && !v.common.has(w) && !NEVER.has(w)) push(out, at, name, "NAME");
  });
  // Frames that say a name follows whatever the word is (pii/frames.ts); listed first, so that their
  // reading wins a tie ("a year at Massey" is a university, though Massey is also a surname).
  return [...findFrames(text, v), ...out];
}
