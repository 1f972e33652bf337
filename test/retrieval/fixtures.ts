/**
 * A tiny knowledge base for the retrieval tests, with realistic summaries and phrasings so that
 * paraphrase queries have something to match, and independent of the real knowledge base.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Condition, ConditionFamily, SymptomConcept } from "../../knowledge/types.js";

const concept = (id: string, label: string, plain: string, patterns: string[]): SymptomConcept => ({ id, label, plain, domain: "mood", patterns });

export const RETRIEVAL_CONCEPTS: SymptomConcept[] = [
  concept("low_mood", "Depressed mood", "feeling down, low or sad", ["feel* down|low", "down in the dumps", "sad all the time"]),
  concept("anhedonia", "Loss of interest or pleasure", "not enjoying things you used to", ["lost interest", "nothing is fun", "can not enjoy ~ anything"]),
  concept("fatigue", "Fatigue", "feeling tired or having no energy", ["exhausted", "no energy", "drained"]),
  concept("worry", "Excessive worry", "worrying a lot and finding it hard to stop", ["worr* ~ all the time", "can not stop worrying", "overthink*"]),
  concept("restless", "Restlessness", "feeling keyed up or on edge", ["on edge", "keyed up", "can not relax"]),
  concept("trauma_event", "Traumatic event", "something terrible that happened to you", ["assaulted", "car crash", "attacked"]),
  concept("flashbacks", "Flashbacks", "reliving it as if it were happening again", ["flashbacks", "relive* it", "it is happening again"]),
  concept("nightmares", "Nightmares", "bad dreams about it", ["nightmares", "bad dreams"]),
  concept("insomnia", "Insomnia", "trouble getting to sleep or staying asleep", ["can not sleep", "lie awake", "wake up at 3|4"]),
  concept("work_stress", "Work stress", "pressure and conflict at work", ["my boss", "workload", "deadlines"]),
];

const base = { exclusions: [], distinguish: [], redFlags: [], sources: ["test fixture"], modalities: [] };

function condition(id: string, name: string, family: ConditionFamily, icd10cm: string, summary: string, items: Array<[string, string[]]>, kind: Condition["kind"] = "disorder"): Condition {
  const prefix = id.toUpperCase();
  return {
    ...base,
    id,
    prefix,
    name,
    kind,
    family,
    codes: { icd10cm, icd11: "XX" },
    summary,
    criteria: [{ id: `${prefix}.A`, text: `${name}: core features`, require: 1, items: items.map(([text, concepts], i) => ({ id: `${prefix}.A${i + 1}`, text, concepts })) }],
  };
}

export const RETRIEVAL_CONDITIONS: Condition[] = [
  condition("mdd", "Major depressive disorder", "depressive", "F32.9", "Two weeks or more of low mood or loss of interest, with tiredness, poor sleep and guilt.", [
    ["Low mood most of the day", ["low_mood"]],
    ["Loss of interest or pleasure", ["anhedonia"]],
    ["Tiredness or loss of energy", ["fatigue"]],
  ]),
  condition("gad", "Generalised anxiety disorder", "anxiety", "F41.1", "Months of excessive, hard-to-control worry about many things, with restlessness and tension.", [
    ["Excessive worry that is hard to control", ["worry"]],
    ["Restlessness or feeling on edge", ["restless"]],
  ]),
  condition("ptsd", "Post-traumatic stress disorder", "trauma-stressor", "F43.10", "After a traumatic event: intrusive memories, flashbacks and nightmares, avoidance and hypervigilance.", [
    ["Flashbacks or intrusive memories", ["flashbacks"]],
    ["Distressing dreams", ["nightmares"]],
  ]),
  condition("insomnia", "Insomnia disorder", "sleep-wake", "F51.01", "Trouble falling or staying asleep on most nights for months, with daytime tiredness.", [
    ["Difficulty falling or staying asleep", ["insomnia"]],
  ]),
  condition("work", "Occupational stress", "problem-of-living", "Z56.6", "Strain from work: workload, deadlines, conflict with a manager. A problem of living, not a disorder.", [
    ["Stress from work", ["work_stress"]],
  ], "problem-of-living"),
];
// The stressor of PTSD is part of its document.
RETRIEVAL_CONDITIONS[2].requiresStressor = ["trauma_event"];

/** A fresh temporary directory and its cleanup. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
