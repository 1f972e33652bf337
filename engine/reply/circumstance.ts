/**
 * What a sentence of the base assumes about the person's life, read from its shape rather than
 * from a list of situations: the circumstance it is conditioned on ("If you have lost your job, …",
 * "When a craving hits, …"), the time it is set in ("… when they retire", "… around the menopause",
 * "… in their first term", "… after a bereavement") and the people it describes ("People who work
 * nights …"). Blind supervisors' commonest fault in synthesised dialogues was exactly such a
 * clause said to someone whose life it does not describe: retirement to a man laid off, "in a new
 * job" to someone four years in, newly-wed advice to an engaged woman, "moved to a new country" to
 * someone who moved across town.
 *
 * A clause fits when the person's own words carry most of its content words (a stem, or a word of a
 * situation their words put them in); a clause that lists alternatives ("after redundancy, divorce
 * or retirement") needs one of them. Words any life has ("feel", "happen", "day", "stressed") are
 * not circumstances.
 */

/** Words that describe no particular life: a clause made only of them assumes nothing. */
const GENERIC = new Set(
  (
    "feel feeling feels felt happen happens happened happening keep keeps kept start starts started get gets got getting make makes made " +
    "seem seems find finds found try tries tried trying come comes came go goes went going take takes took give gives gave notice notices " +
    "time times day days week weeks month months year years moment moments while first few next last later early soon long often usually " +
    "lot lots way ways thing things something anything everything nothing people person someone anyone everyone yourself themselves " +
    "really very much more most less least many some any every each other others own still even just again already ever never always " +
    "hard difficult bad good worse better low down stressed anxious worried upset overwhelmed tired sad angry scared afraid alone " +
    "right now today tonight recently lately since ago usual normal possible able unable sure need needs want wants like " +
    "life lives world mind head body thoughts thought feelings emotions mood moods situation problem problems issue issues change changes " +
    "help helps helped support talk talking think know knew use used using work works working hit hits strike strikes arise arises appear appears rise rises build builds show shows"
  ).split(" "),
);
const FUNCTION = new Set(
  "a an the and or but of to in on at for with from by about into over after before since during around when whenever if once while until as than that this these those is are was were be been being have has had do does did you your yours they their them it its he she his her we our us i me my not no there here who which what whose".split(
    " ",
  ),
);

/** A rough stem: lower case, common endings off, five letters ("retired", "retirement" → "retir"). */
export const stem5 = (w: string) =>
  w
    .toLowerCase()
    .replace(/'s$/, "")
    .replace(/(?<=[a-z]{3})(?:es|s)$/, "")
    .replace(/(?<=[a-z]{3})(?:ment|ness|ing|ed|ly)$/, "")
    .slice(0, 5);

/** Content words of a clause, as alternatives: "redundancy, divorce or retirement" → three. */
function alternatives(clause: string): string[][] {
  return clause
    .split(/,|\bor\b|\//)
    .map((part) => (part.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []).filter((w) => w.length > 2 && !FUNCTION.has(w) && !GENERIC.has(w)))
    .filter((ws) => ws.length > 0);
}

// Fronted circumstances: "If …,", "When …,", "After …,", "For someone who …,", "In a new job,".
const FRONTED = /^(?:if|when|whenever|after|once|since|during|while|following|in|around|for (?:someone|anyone|people|those) who)\s+([^,;:—.]{3,90})[,—]/i;
// Circumstances set later in the sentence: a time or life stage.
const SET_IN = /\b(?:when (?:they|you|people|someone) |after |around (?:the )?|during |following |in (?:their|your|the) first (?:few )?|since (?:the |a |an |your |their )?)([a-z][^;:—.()]{2,80})/gi;
// The people a sentence describes: "People who …", "Those who …", "Anyone who …".
const WHO = /\b(?:people|those|anyone|someone|parents|couples|adults|women|men) who ((?:have |had |are |were )?[a-z][^,;:—.()]{2,60})/gi;

const clauses = new Map<string, string[][][]>();
/** The circumstance clauses of a sentence, each as its alternatives' content words (cached: the base is fixed). */
export function circumstancesOf(sentence: string): string[][][] {
  let got = clauses.get(sentence);
  if (!got) {
    const found: string[] = [];
    const fronted = FRONTED.exec(sentence.trim());
    if (fronted) found.push(fronted[1]);
    for (const m of sentence.matchAll(SET_IN)) found.push(cut(m[1]));
    for (const m of sentence.matchAll(WHO)) found.push(cut(m[1]));
    got = found.map(alternatives).filter((alts) => alts.length > 0);
    clauses.set(sentence, got);
  }
  return got;
}

/** A set-in clause ends where the sentence's own claim goes on ("… when they retire, even if …"). */
const cut = (clause: string) => clause.split(/\s(?:is|are|was|were|can|could|may|might|will|would|often|usually|tend|tends|because|so|which|and then|even|then|but|you|they|it|people|many|most)\b/)[0];

/**
 * Whether the person's words carry a sentence's circumstances: for every clause, one alternative
 * with at least two thirds of its content words in their words (by stem) or in a situation they
 * are in (`inSituation`).
 */
export function fitsCircumstances(sentence: string, said: (stem: string) => boolean, inSituation: (word: string) => boolean): boolean {
  return circumstancesOf(sentence).every((alts) =>
    alts.some((words) => {
      const grounded = words.filter((w) => said(stem5(w)) || inSituation(w)).length;
      return grounded * 3 >= words.length * 2;
    }),
  );
}
