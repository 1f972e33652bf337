/**
 * Body weight read from the numbers people give ("idk like 44kg? i'm 5'6", "7 stone 2 and 165 cm"):
 * the body-mass index from a weight and a height in the same message, in metric or imperial units.
 * A clinician reads "44 kg at 5'6" as significantly low weight (BMI ≈ 15.6) although no word says
 * so; the lexicon, which reads phrases, cannot. Thresholds: adult BMI under 18.5 (WHO) is low weight.
 */

/** A weight in kilograms, with the words it was read from. */
export interface WeightMention {
  kg: number;
  text: string;
  index: number;
}

const NUM = String.raw`(\d{2,3}(?:[.,]\d)?)`;

/** Weights in kg: "44kg", "44 kilos", "97 lbs", "7 stone 2", "7st 4lb". Implausible values are skipped. */
export function readWeights(text: string): WeightMention[] {
  const out: WeightMention[] = [];
  // "7 stone 2", "7st 4lb"; not an ordinal ("the 21st").
  const stone = new RegExp(String.raw`\b(\d{1,2})\s*(?:stone|st(?=\s*\d))\b(?:\s*(?:and\s*)?(\d{1,2})\s*(?:lbs?|pounds?)?\b)?`, "gi");
  for (const m of text.matchAll(stone)) {
    const kg = (Number(m[1]) * 14 + Number(m[2] ?? 0)) * 0.4536;
    if (kg >= 25 && kg <= 250) out.push({ kg, text: m[0], index: m.index! });
  }
  const metric = new RegExp(String.raw`\b${NUM}\s*(?:kg|kgs|kilos?|kilograms?)\b`, "gi");
  for (const m of text.matchAll(metric)) {
    const kg = Number(m[1].replace(",", "."));
    if (kg >= 25 && kg <= 250 && !out.some((o) => Math.abs(o.index - m.index!) < 3)) out.push({ kg, text: m[0], index: m.index! });
  }
  const pounds = new RegExp(String.raw`\b${NUM}\s*(?:lbs?|pounds)\b`, "gi");
  for (const m of text.matchAll(pounds)) {
    if (out.some((o) => m.index! >= o.index && m.index! < o.index + o.text.length)) continue; // the pounds of "7 stone 2 lbs"
    const kg = Number(m[1].replace(",", ".")) * 0.4536;
    if (kg >= 25 && kg <= 250) out.push({ kg, text: m[0], index: m.index! });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A height in metres: "5'6", "5 ft 6", "5 foot 6 inches", "165cm", "1.65m". */
export function readHeight(text: string): number | undefined {
  const imperial = /\b([4-6])\s*(?:'|’|ft|foot|feet)\s*(\d{1,2})?\s*(?:"|”|''|in|inch|inches)?(?!\w|\.\d)/i.exec(text);
  if (imperial) {
    const inches = Number(imperial[1]) * 12 + Number(imperial[2] ?? 0);
    if (inches >= 48 && inches <= 84) return inches * 0.0254;
  }
  const cm = /\b(1[2-9]\d|2[01]\d)\s*(?:cm|centimet(?:re|er)s?)\b/i.exec(text);
  if (cm) return Number(cm[1]) / 100;
  const m = /\b([12][.,]\d{1,2})\s*(?:m|metres?|meters?)\b/i.exec(text) ?? BARE_METRES.exec(text);
  if (m) {
    const v = Number(m[1].replace(",", "."));
    if (v >= 1.2 && v <= 2.2) return v;
  }
  return undefined;
}

/** A height in metres told without its unit: "I'm 1.62 and I weighed 41kg", "Ht 1.70", "1.58 tall". */
const BARE_METRES = /(?:\b(?:i'?m|i am|she'?s|he'?s|height|ht|tall|stands?)\s*(?:about|around|only|just|roughly)?\s*([12][.,]\d{2})\b(?!\s*(?:kg|kgs|kilos?|%|mg|am|pm|x|st|lbs?)\b|[.,]\d)|\b([12][.,]\d{2})\s+tall\b)/i;

/** The body-mass index a message states as a number ("BMI's about 22", "BMI 15.8", "body mass index of 17"). */
export function statedBmi(text: string): number | undefined {
  const m = /\b(?:bmi|body mass index)(?:'s|s)?\s*(?:is|was|of|at|now|around|about|roughly|approx\.?|approximately|~|=|:|-)?\s*(?:is|was|of|at|now|around|about)?\s*(\d{1,2}(?:[.,]\d{1,2})?)\b/i.exec(text);
  if (!m) return undefined;
  const v = Number(m[1].replace(",", "."));
  return v >= 8 && v <= 70 ? v : undefined;
}

/** A weight lost, in kg, as the words tell it ("lost 4 kgs", "dropped 9 lbs", "down a stone"), or undefined. */
export function weightLostKg(text: string): number | undefined {
  const m = /\b(?:lost|dropped|down|shed)\s+(?:over|nearly|almost|about|around|like|roughly|maybe)?\s*(\d{1,3}(?:[.,]\d)?|a|one|two|three)\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds|stone|st)\b/i.exec(text);
  if (!m) return undefined;
  const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
  const n = words[m[1].toLowerCase()] ?? Number(m[1].replace(",", "."));
  const unit = m[2].toLowerCase();
  return /^(?:lb|lbs|pounds)$/.test(unit) ? n * 0.4536 : /^(?:stone|st)$/.test(unit) ? n * 6.35 : n;
}

/** The lowest BMI the message's numbers give (its latest weight, when it tells a fall), or undefined. */
export function bodyMassIndex(text: string): { bmi: number; weight: WeightMention } | undefined {
  const height = readHeight(text);
  const weights = readWeights(text);
  if (!height || !weights.length) return undefined;
  const weight = weights.reduce((a, b) => (b.kg < a.kg ? b : a));
  return { bmi: weight.kg / (height * height), weight };
}

/** Adult low weight (WHO): BMI under 18.5. */
export const LOW_BMI = 18.5;
