/**
 * `synthesize`: posts → multi-turn counseling dialogues with reasoning → filtered
 * fine-tuning data (see synthesis/pipeline.ts). Resumable: re-run the same command after an
 * interruption and it finishes what is left.
 */
import { COMMON_OPTIONS, programName, UsageError, configurationFrom, parse } from "./args.js";
import { progressReporter } from "./progress.js";
import { runSynthesis } from "../synthesis/pipeline.js";

export const SYNTHESIZE_USAGE = `usage: ${programName()} synthesize --input posts.jsonl|posts.csv|FOLDER --output DIR [--concurrency 4] [--limit N] [--reply-style grounded|full] [--model offline]`;

export async function runSynthesize(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...COMMON_OPTIONS, input: { type: "string" }, output: { type: "string" }, concurrency: { type: "string" }, limit: { type: "string" }, "reply-style": { type: "string" } });
  if (values.help) {
    console.log(SYNTHESIZE_USAGE);
    return 0;
  }
  if (!values.input || !values.output) throw new UsageError(`--input and --output are required\n${SYNTHESIZE_USAGE}`);
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError(`--concurrency must be an integer from 1 to 256`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit must be a positive integer`);
  const replyStyle = values["reply-style"];
  if (replyStyle !== undefined && replyStyle !== "grounded" && replyStyle !== "full") throw new UsageError(`--reply-style must be "grounded" (default: only what the person's words carry) or "full"`);
  const progress = progressReporter("synthesize");
  const summary = await runSynthesis({
    input: values.input,
    outDir: values.output,
    concurrency,
    limit,
    configuration: { ...configurationFrom(values), ...(replyStyle ? { replyStyle } : {}) },
    onProgress: (done, total, note) => progress.tick(done, note, total),
  });
  progress.done(`${summary.kept} kept, ${summary.rejected} rejected, ${summary.crisis} crisis set apart, ${summary.skipped.length} skipped (${summary.resumed} resumed from an earlier run)`);
  for (const s of summary.skipped) process.stderr.write(`  skipped ${s.reason}: ${s.detail}\n`);
  for (const n of summary.notes) process.stderr.write(`  note: ${n}\n`);
  for (const f of summary.failed) process.stderr.write(`  failed (re-run to retry): ${f}\n`);
  if (summary.journalDamagedLines.length) process.stderr.write(`  the resume journal had unreadable lines ${summary.journalDamagedLines.join(", ")}: their posts were redone, every other line kept\n`);
  console.log(`written to ${summary.outDir}: ${summary.files.join(", ")}`);
  return summary.failed.length ? 1 : 0;
}
