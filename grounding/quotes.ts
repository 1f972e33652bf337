/**
 * Evidence quotes from a model must be the person's own words. Matching forgives case,
 * whitespace and curly quotes (models normalise them), nothing else; the stored quote is the
 * person's original span, so apps can highlight it.
 */

function fold(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').toLowerCase();
}

/** The span of `text` the quote reproduces, or undefined if it is not there. */
export function findQuote(text: string, quote: string): string | undefined {
  const q = fold(quote).replace(/\s+/g, " ").trim().replace(/^["']|["'.,!?]$/g, "").trim();
  if (q.length < 2) return undefined;
  // Build a whitespace-tolerant search over the folded text, keeping an index map to the original.
  const folded = fold(text);
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = /\s/.test(folded[i]) ? " " : folded[i];
    if (ch === " " && chars[chars.length - 1] === " ") continue;
    chars.push(ch);
    map.push(i);
  }
  const at = chars.join("").indexOf(q);
  if (at < 0) return undefined;
  const start = map[at];
  const end = map[at + q.length - 1] + 1;
  return text.slice(start, end);
}

/** The index of the first text that contains the quote, with the original span. */
export function locateQuote(texts: readonly string[], quote: string): { index: number; span: string } | undefined {
  for (let i = texts.length - 1; i >= 0; i--) {
    const span = findQuote(texts[i], quote);
    if (span) return { index: i, span };
  }
  return undefined;
}
