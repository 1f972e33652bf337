/**
 * Whether a sentence of the base meets the person's situation, not only their words. Two texts
 * about a life always share "want", "year", "home", "work" or "told"; a sentence that meets a
 * message only on such words ("Use milestones such as anniversaries…" beside "I want to know what
 * his not filing means for our marriage") is advice for somebody else's situation. The fit of a
 * sentence is its similarity to the person's words counted over the stems that are not common
 * (common-stems.json: everyday English and the help-seeking register, built by
 * training/build-common-stems.ts).
 */
import { readFileSync } from "node:fs";

let common: Set<string> | undefined;

/** Stems too common in English or in what people write to us to say anything about a situation. */
export function commonStems(): Set<string> {
  common ??= new Set((JSON.parse(readFileSync(new URL("./common-stems.json", import.meta.url), "utf8")) as { stems: string[] }).stems);
  return common;
}

/** Whether a stem says something about the particular situation. */
export function informative(stem: string): boolean {
  return !commonStems().has(stem);
}
