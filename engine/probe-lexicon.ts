/**
 * Developer probe: which concepts does the lexicon find in a text, and which conditions cite them?
 *   npx tsx engine/probe-lexicon.ts "I can't be bothered with anything"
 */
import { CONCEPTS, CONDITIONS } from "../knowledge/index.js";
import { ConceptMatcher } from "./concept-matcher.js";
import { splitSentences } from "./normalize.js";

const text = process.argv.slice(2).join(" ");
if (!text) {
  console.error('usage: npx tsx engine/probe-lexicon.ts "some text"');
  process.exit(2);
}
const matcher = new ConceptMatcher(CONCEPTS);
for (const s of splitSentences(text)) {
  for (const m of matcher.match(s.text)) {
    const cited = CONDITIONS.filter((c) => c.criteria.some((g) => g.items.some((i) => i.concepts.includes(m.concept)))).map((c) => c.id);
    console.log(`${m.concept.padEnd(28)} "${m.quote}"  <- ${cited.join(", ") || "(no condition cites it)"}`);
  }
}
