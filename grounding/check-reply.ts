/**
 * Checks on a model-written reply before the safety guard sees it: no diagnostic labels unless
 * the person asked, a sane length, and crisis resources leading when the risk is raised.
 * A labelled or runaway reply is replaced by the offline one; missing resources are added.
 */
import { ASKS_FOR_LABEL } from "../engine/compose-reply.js";
import { DIAGNOSTIC_WORDS } from "../engine/question-bank.js";
import { hasResources } from "../safety/output-guard.js";
import type { GroundingNote } from "./check-extraction.js";

export const MAX_REPLY_WORDS = 220;

/** Every diagnostic label in a reply (DIAGNOSTIC_WORDS, global). */
const LABELS = new RegExp(DIAGNOSTIC_WORDS.source, `${DIAGNOSTIC_WORDS.flags.replace("g", "")}g`);

export function checkReply(reply: string, ctx: { userText: string; locale: string; resources?: string }): { reply?: string; notes: GroundingNote[] } {
  const notes: GroundingNote[] = [];
  // A label the person used themselves ("I was diagnosed with depression") may be said back.
  const own = ctx.userText.toLowerCase();
  const label = (reply.match(LABELS) ?? []).find((l) => !own.includes(l.toLowerCase()));
  if (label && !ASKS_FOR_LABEL.test(ctx.userText)) {
    notes.push({ kind: "diagnostic_label", detail: `the reply named "${label}" without being asked; the offline reply was used` });
    return { notes };
  }
  const words = reply.split(/\s+/).length;
  if (words > MAX_REPLY_WORDS) {
    notes.push({ kind: "reply_too_long", detail: `${words} words (limit ${MAX_REPLY_WORDS}); the offline reply was used` });
    return { notes };
  }
  if (ctx.resources && !hasResources(reply, ctx.locale)) {
    notes.push({ kind: "resources_added", detail: "the reply did not open with the crisis resources; they were added" });
    return { reply: `${ctx.resources}\n\n${reply}`, notes };
  }
  return { reply, notes };
}
