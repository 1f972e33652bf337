/**
 * `assess`: batch assessment in the shape of the project's assess contract. Each input line is one
 * case fed turn by turn to its own session; each output line answers it, in order. A bad line
 * gets an error line and the run goes on; the exit code is 0 only when every line was answered.
 */
import { accessSync, constants, createReadStream, createWriteStream, existsSync, realpathSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { ensureConfiguration } from "../graphs/configuration.js";
import { closeRetrievers } from "../retrieval/retriever.js";
import { COMMON_OPTIONS, programName, UsageError, configurationFrom, parse } from "./args.js";
import { caseAnswerer, countAnswer, type Tally } from "./assess-case.js";
import { answerInWorkers } from "./assess-parallel.js";
import { progressReporter } from "./progress.js";

export const ASSESS_USAGE = `usage: ${programName()} assess --input IN.jsonl --output OUT.jsonl [--workers N] [--model offline] [--locale en-US] [--chroma-url URL]
  IN.jsonl: one case a line, {"id": "c1", "messages": ["first turn", "second turn"]} (turns as strings
  or {"role": "user", "content": "..."}); OUT.jsonl: one line a case, in order — the reply, risk,
  differential (ICD-10-CM/ICD-11, provisional), modality and follow-up, or {"id", "error"} for a bad
  line. --workers N answers in N processes (e.g. 2 on two cores; output order unchanged). Exit 0
  when every case was answered, 1 when any failed, 2 on bad usage.`;

export { parseCaseLine } from "./assess-case.js";

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
  const { values } = parse(argv, { ...COMMON_OPTIONS, input: { type: "string", short: "i" }, output: { type: "string", short: "o" }, workers: { type: "string" } });
  if (values.help) {
    console.log(ASSESS_USAGE);
    return 0;
  }
  if (!values.input || !values.output) throw new UsageError(`--input and --output are required\n${ASSESS_USAGE}`);
  if (!existsSync(values.input)) throw new UsageError(`cannot read input file ${values.input}: no such file`);
  checkOutputPath(values.input, values.output);
  const configurable = configurationFrom(values);
  ensureConfiguration({ configurable }); // fail fast on bad configuration, before any case

  const workers = values.workers === undefined ? 1 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError(`--workers must be a whole number from 1 to 64, got "${values.workers}"`);
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
  let tally: Tally = { answered: 0, failed: 0, fallbacks: 0 };
  const onDone = (t: Tally) => progress.tick(t.answered + t.failed);
  try {
    if (workers > 1) tally = await answerInWorkers(lines, workers, configurable, write, onDone);
    else {
      // In this process, one case after another (cli/assess-case.ts).
      const answer = caseAnswerer(configurable);
      let lineNo = 0;
      for await (const line of lines) {
        const a = await answer(++lineNo, line);
        await write(a.out);
        countAnswer(tally, a);
        onDone(tally);
      }
    }
    out.end();
    await Promise.race([once(out, "finish"), outError]);
    renameSync(partial, values.output);
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw new Error(`assess stopped: ${(error as Error).message}; ${values.output} was left as it was`);
  } finally {
    progress.done(`${tally.answered} answered, ${tally.failed} failed${tally.fallbacks ? `, ${tally.fallbacks} answered offline after the model failed` : ""}${workers > 1 ? ` (${workers} workers)` : ""}`);
    await closeRetrievers();
  }
  return tally.failed === 0 ? 0 : 1;
}
