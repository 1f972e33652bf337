/**
 * One `assess` case, from its input line to its output line — the same in the command's own
 * process and in its worker processes (`--workers N`). Each case is its own thread, deleted once
 * answered, with a full garbage collection every few hundred cases, so memory stays flat however
 * many cases a process answers.
 */
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { HumanMessage } from "@langchain/core/messages";
import { MemorySaver } from "@langchain/langgraph";
import { assessmentFromState } from "../graphs/assessment.js";
import { ensureConfiguration } from "../graphs/configuration.js";
import { builder, GRAPH_NAME } from "../graphs/counseling.js";
import { validateUserMessage } from "../graphs/input-validation.js";
import type { CounselingOutputType } from "../graphs/state.js";
import { tracingConfig } from "../graphs/tracing.js";

interface CaseLine {
  id: string | null;
  messages: string[];
}

/** Parses one input line into a case, or explains why it cannot be one. */
export function parseCaseLine(line: string): { ok: true; value: CaseLine } | { ok: false; id: string | null; error: string } {
  if (!line.trim()) return { ok: false, id: null, error: "blank line: no case" };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { ok: false, id: null, error: "line is not a JSON object" };
  const obj = raw as Record<string, unknown>;
  const id = obj.id === undefined || obj.id === null ? null : String(obj.id);
  if (!Array.isArray(obj.messages) || obj.messages.length === 0) return { ok: false, id, error: "no text: `messages` must be a non-empty array of user turns" };
  const messages: string[] = [];
  for (const [i, m] of obj.messages.entries()) {
    const text = typeof m === "string" ? m : m && typeof m === "object" && typeof (m as { content?: unknown }).content === "string" ? (m as { content: string }).content : undefined;
    try {
      messages.push(validateUserMessage(text));
    } catch (error) {
      return { ok: false, id, error: `messages[${i}]: ${(error as Error).message}` };
    }
  }
  return { ok: true, value: { id, messages } };
}

/** A case's answer: the output line, whether it was answered, and whether a model failed and the offline engine answered. */
export interface CaseAnswer {
  out: unknown;
  ok: boolean;
  fallback: boolean;
}

/** Cases answered, failed, and answered offline after a model failed. */
export interface Tally {
  answered: number;
  failed: number;
  fallbacks: number;
}

/** Counts one answer into the tally. */
export function countAnswer(tally: Tally, a: CaseAnswer): void {
  if (a.ok) tally.answered++;
  else tally.failed++;
  if (a.fallback) tally.fallbacks++;
}

// A full garbage collection every few hundred cases keeps a batch's memory near what it uses
// (V8 otherwise lets the heap grow towards its limit between collections). The collector is
// reached the way jest does, without a command-line flag.
const GC_EVERY = 250;
let gc: (() => void) | undefined;
function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}

/** Answers cases one at a time with one compiled graph. */
export function caseAnswerer(configurable: Record<string, unknown>): (lineNo: number, line: string) => Promise<CaseAnswer> {
  const resolved = ensureConfiguration({ configurable });
  const checkpointer = new MemorySaver();
  const app = builder.compile({ checkpointer, name: GRAPH_NAME });
  const tracing = tracingConfig(configurable, { runName: GRAPH_NAME, hideContent: resolved.hideContent });
  let done = 0;
  return async (lineNo, line) => {
    if (++done % GC_EVERY === 0) collectGarbage();
    const parsed = parseCaseLine(lineNo === 1 ? line.replace(/^\uFEFF/, "") : line); // a UTF-8 byte-order mark is not part of the first case
    if (!parsed.ok) return { out: { id: parsed.id, error: `line ${lineNo}: ${parsed.error}` }, ok: false, fallback: false };
    const { id, messages } = parsed.value;
    // Each case is its own session; a unique thread id keeps cases from seeing each other.
    const threadId = `assess-${lineNo}-${id ?? "noid"}`;
    try {
      const config = { ...tracing, configurable: { ...configurable, thread_id: threadId } };
      let state: CounselingOutputType | undefined;
      for (const m of messages) state = (await app.invoke({ messages: [new HumanMessage(m)] }, config)) as CounselingOutputType;
      return { out: assessmentFromState(id, state!), ok: true, fallback: Object.values(state!.backend).includes("offline-fallback") };
    } catch (error) {
      return { out: { id, error: `line ${lineNo}: ${(error as Error).message}` }, ok: false, fallback: false };
    } finally {
      await checkpointer.deleteThread(threadId);
    }
  };
}
