/**
 * `assess`: batch assessment in the shape of the project's assess contract. Each input line is one
 * case fed turn by turn to its own session; each output line answers it, in order. A bad line
 * gets an error line and the run goes on; the exit code is 0 only when every line was answered.
 */
import { accessSync, constants, createReadStream, createWriteStream, existsSync, realpathSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { once } from "node:events";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { createInterface } from "node:readline";
import { HumanMessage } from "@langchain/core/messages";
import { MemorySaver } from "@langchain/langgraph";
import { assessmentFromState } from "../graphs/assessment.js";
import { ensureConfiguration } from "../graphs/configuration.js";
import { builder, GRAPH_NAME } from "../graphs/counseling.js";
import { tracingConfig } from "../graphs/tracing.js";
import { validateUserMessage } from "../graphs/input-validation.js";
import type { CounselingOutputType } from "../graphs/state.js";
import { closeRetrievers } from "../retrieval/retriever.js";
import { COMMON_OPTIONS, programName, UsageError, configurationFrom, parse } from "./args.js";
import { progressReporter } from "./progress.js";

export const ASSESS_USAGE = `usage: ${programName()} assess --input IN.jsonl --output OUT.jsonl [--model offline] [--locale en-US] [--chroma-url URL]
  IN.jsonl: one case a line, {"id": "c1", "messages": ["first turn", "second turn"]} (turns as strings
  or {"role": "user", "content": "..."}); OUT.jsonl: one line a case, in order — the reply, risk,
  differential (ICD-10-CM/ICD-11, provisional), modality and follow-up, or {"id", "error"} for a bad
  line. Exit 0 when every case was answered, 1 when any failed, 2 on bad usage.`;

interface CaseLine {
  id: string | null;
  messages: string[];
}

/** Parses one input line into a case, or explains why it cannot be one. */
export function parseCaseLine(line: string): { ok: true; value: CaseLine } | { ok: false; id: string | null; error: string } {
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

// A full garbage collection every few hundred cases keeps the batch's memory near what it uses
// (V8 otherwise lets the heap grow towards its limit between collections): flat for 10,000 cases
// as for 100. The collector is reached the way jest does, without a command-line flag.
const GC_EVERY = 250;
let gc: (() => void) | undefined;
function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}

/** Refuses an output that is the input, or that cannot be written, before any work (exit 2). */
function checkOutputPath(input: string, output: string): void {
  if (existsSync(output) && realpathSync(output) === realpathSync(input)) throw new UsageError(`--output ${output} is the input file; writing it would destroy the input`);
  const dir = dirname(resolve(output));
  if (!existsSync(dir)) throw new UsageError(`cannot write output file ${output}: folder ${dir} does not exist`);
  try {
    accessSync(dir, constants.W_OK);
    if (existsSync(output)) accessSync(output, constants.W_OK);
  } catch {
    throw new UsageError(`cannot write output file ${output}: permission denied`);
  }
}

export async function runAssess(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...COMMON_OPTIONS, input: { type: "string", short: "i" }, output: { type: "string", short: "o" } });
  if (values.help) {
    console.log(ASSESS_USAGE);
    return 0;
  }
  if (!values.input || !values.output) throw new UsageError(`--input and --output are required\n${ASSESS_USAGE}`);
  if (!existsSync(values.input)) throw new UsageError(`cannot read input file ${values.input}: no such file`);
  checkOutputPath(values.input, values.output);
  const configurable = configurationFrom(values);
  const resolved = ensureConfiguration({ configurable });

  // Each case's thread is deleted once it is answered, so memory stays flat however many cases.
  const checkpointer = new MemorySaver();
  const app = builder.compile({ checkpointer, name: GRAPH_NAME });
  const tracing = tracingConfig(configurable, { runName: GRAPH_NAME, hideContent: resolved.hideContent });
  const lines = createInterface({ input: createReadStream(values.input, "utf8"), crlfDelay: Infinity });
  // Answers go to a temporary file beside the output, renamed over it at the end: an interrupted
  // run never leaves a half-written OUT.jsonl in place of a good one.
  const partial = `${values.output}.partial-${process.pid}`;
  const out = createWriteStream(partial, "utf8");
  const outError = new Promise<never>((_, reject) => out.once("error", reject));
  outError.catch(() => undefined);
  const write = async (obj: unknown) => {
    if (!out.write(`${JSON.stringify(obj)}\n`)) await Promise.race([once(out, "drain"), outError]);
  };
  const progress = progressReporter("assess");
  let answered = 0;
  let failed = 0;
  let fallbacks = 0;
  let lineNo = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw; // a UTF-8 byte-order mark is not part of the first case
      const parsed: ReturnType<typeof parseCaseLine> = line.trim() ? parseCaseLine(line) : { ok: false, id: null, error: "blank line: no case" };
      if (!parsed.ok) {
        failed++;
        await write({ id: parsed.id, error: `line ${lineNo}: ${parsed.error}` });
        progress.tick(answered + failed, `line ${lineNo} failed`);
        continue;
      }
      const { id, messages } = parsed.value;
      const threadId = `assess-${lineNo}-${id ?? "noid"}`;
      try {
        // Each case is its own session; a unique thread id keeps cases from seeing each other.
        const config = { ...tracing, configurable: { ...configurable, thread_id: threadId } };
        let state: CounselingOutputType | undefined;
        for (const m of messages) state = (await app.invoke({ messages: [new HumanMessage(m)] }, config)) as CounselingOutputType;
        if (Object.values(state!.backend).includes("offline-fallback")) fallbacks++;
        await write(assessmentFromState(id, state!));
        answered++;
      } catch (error) {
        failed++;
        await write({ id, error: `line ${lineNo}: ${(error as Error).message}` });
      } finally {
        await checkpointer.deleteThread(threadId);
      }
      if ((answered + failed) % GC_EVERY === 0) collectGarbage();
      progress.tick(answered + failed);
    }
    out.end();
    await Promise.race([once(out, "finish"), outError]);
    renameSync(partial, values.output);
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw new Error(`assess stopped: ${(error as Error).message}; ${values.output} was left as it was`);
  } finally {
    progress.done(`${answered} answered, ${failed} failed${fallbacks ? `, ${fallbacks} answered offline after the model failed` : ""}`);
    await closeRetrievers();
  }
  return failed === 0 ? 0 : 1;
}
