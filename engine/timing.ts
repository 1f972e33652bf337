/**
 * Episode timing: how long the difficulties have lasted and how long ago the stressor was,
 * accumulated across turns. Durations only grow as the person tells more.
 */
import { CONDITIONS } from "../knowledge/index.js";
import type { PlacedTemporal } from "./extract-findings.js";
import type { EpisodeTiming } from "./types.js";

/** Concepts whose sentence dates a stressor rather than a symptom: the stressors conditions presuppose. */
let stressorIds: Set<string> | undefined;
export function isStressorConcept(id: string): boolean {
  stressorIds ??= new Set(["breakup", ...CONDITIONS.flatMap((c) => c.requiresStressor ?? [])]);
  return stressorIds.has(id);
}

const LIFELONG_DAYS = 365 * 10;

/** Folds this turn's temporal expressions into the running timing. */
export function updateTiming(previous: EpisodeTiming, temporal: PlacedTemporal[]): EpisodeTiming {
  const next: EpisodeTiming = { ...previous, evidence: [...previous.evidence] };
  for (const t of temporal) {
    // A past spell dated and measured in one sentence is an earlier episode, not this one.
    if (t.pastSpell) continue;
    const aboutStressor = t.sentenceConcepts.some(isStressorConcept);
    if (t.kind === "lifelong") {
      next.lifelong = true;
      next.durationDays = Math.max(next.durationDays ?? 0, t.durationDays ?? LIFELONG_DAYS);
    } else if (t.kind === "seasonal-recurrence") {
      next.seasonalCount = Math.max(next.seasonalCount ?? 0, t.count ?? 2);
      if (t.durationDays) next.durationDays = Math.max(next.durationDays ?? 0, t.durationDays);
    } else if (t.kind === "event-ago" || (t.agoDays !== undefined && t.durationDays === undefined)) {
      if (t.agoDays === undefined) continue;
      if (aboutStressor) next.stressorAgoDays = next.stressorAgoDays === undefined ? t.agoDays : Math.max(next.stressorAgoDays, t.agoDays);
      // "It started two months ago" dates the symptoms: the episode is at least that long.
      else next.durationDays = Math.max(next.durationDays ?? 0, t.agoDays);
    } else if ((t.kind === "duration" || t.kind === "onset") && t.durationDays !== undefined) {
      // Episode-length durations only: "it lasted 10 minutes" describes one attack, not the illness.
      if (t.durationDays < 1) continue;
      if (aboutStressor && t.kind === "onset") next.stressorAgoDays = Math.max(next.stressorAgoDays ?? 0, t.durationDays);
      next.durationDays = Math.max(next.durationDays ?? 0, t.durationDays);
    } else continue;
    if (!next.evidence.includes(t.text)) next.evidence.push(t.text);
  }
  return next;
}
