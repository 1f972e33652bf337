/**
 * "Has this been said already, in other words?": content words cut to a rough stem, and two
 * sentences that share most of the shorter one's content words. Used by the reply composer
 * (never the same suggestion twice in a thread, however it is worded) and by the synthesis
 * filter (no reply repeats an earlier one).
 */
const STOP = new Set(
  "that this with have been just about what when your from they them there their would could should really very much some like feel feels felt feeling know want wants things thing time because into over more than only even still also back after before going being doing make made makes does didn dont don't can't cant isn't wasn't i'm i've it's that's you're what's which while where other others these those every ever never always sometimes something anything everything nothing someone anyone everyone people person help want need lot lots little bit kind sort pretty quite right well good better okay sure think thought said says tell told"
    .split(" "),
);
/** Content words of a text, cut to a rough stem (so "sleeping" meets "sleep", "worried" meets "worry"). */
export function contentStems(s: string): Set<string> {
  const words = (s.toLowerCase().replace(/\[[A-Z]+(?:_\d+)?\]/gi, " ").match(/[a-z][a-z']{3,}/g) ?? []).filter((w) => !STOP.has(w));
  return new Set(words.map((w) => w.replace(/'s$/, "").replace(/(?:ing|ed|es|s|ly|ied|ies|y)$/, "").slice(0, 6)).filter((w) => w.length >= 3));
}

/** Two sentences say the same thing: most of the shorter one's content words are in the other. */
export function nearSame(a: Set<string>, b: Set<string>): boolean {
  const small = a.size <= b.size ? a : b;
  const big = small === a ? b : a;
  if (small.size < 3) return false;
  return [...small].filter((w) => big.has(w)).length / small.size >= 0.6;
}

