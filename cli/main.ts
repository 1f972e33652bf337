#!/usr/bin/env node
/**
 * psyllm command line: `psyllm <command> [options]` (installed) or `npm run psyllm -- <command>` (checkout).
 */
import { ASSESS_USAGE, runAssess } from "./assess.js";
import { MODEL_USAGE, UsageError } from "./args.js";
import { CHAT_USAGE, runChat } from "./chat.js";
import { SYNTHESIZE_USAGE, runSynthesize } from "./synthesize.js";
import { EVAL_USAGE, runEvalCommand } from "./eval.js";
import { flushTraces } from "../graphs/tracing.js";

const USAGE = `psyllm — clinically grounded counseling agent (offline by default)

commands:
  chat      interactive session (sessions persist; --thread ID resumes)
  assess    batch assessment of a JSONL file, one case a line (format below)
  synthesize  posts → counseling dialogues with reasoning → fine-tuning datasets
  eval      the benchmark: CPsyCoun dimensions, objective metrics, HTML report; --compare A B

${CHAT_USAGE}
${ASSESS_USAGE}
${SYNTHESIZE_USAGE}
${EVAL_USAGE}

${MODEL_USAGE}`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { chat: runChat, assess: runAssess, synthesize: runSynthesize, eval: runEvalCommand };

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
  return run(rest);
}

// Traces are sent in the background: wait for them (bounded) before exiting, so the last
// case's runs arrive and the root run is closed.
main(process.argv.slice(2)).then(
  async (code) => {
    await flushTraces();
    process.exit(code);
  },
  async (error: Error) => {
    console.error(`psyllm: ${error.message}`);
    await flushTraces();
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
