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
  const m = /\b([12][.,]\d{1,2})\s*(?:m|metres?|meters?)\b/i.exec(text);
  if (m) {
    const v = Number(m[1].replace(",", "."));
    if (v >= 1.2 && v <= 2.2) return v;
  }
  return undefined;
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
