/**
 * `chat`: an interactive counseling session in the terminal. Sessions persist in SQLite, so
 * `--thread ID` resumes one after a restart. Works with piped input too (one line a turn).
 */
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { createCounselor, type CounselorTurn } from "../graphs/counselor.js";
import { COMMON_OPTIONS, programName, UsageError, configurationFrom, parse } from "./args.js";

export const CHAT_USAGE = `usage: ${programName()} chat [--thread ID] [--db FILE (default DATA_DIR/sessions.sqlite)] [--model offline] [--locale en-US] [--chroma-url URL]
in the chat: /assessment shows the clinician view (provisional), /thread shows the thread id, /quit leaves`;

const DISCLAIMER =
  "psyllm is a supportive tool, not a replacement for professional care. If you are in danger, call your local emergency number (988 in the US, 116 123 Samaritans in the UK).";

function clinicianView(turn: CounselorTurn): string {
  const dx = turn.differential.map((d) => `  ${d.status.padEnd(11)} ${d.likelihood.toFixed(2)} ${d.icd10cm} / ${d.icd11} ${d.name}`).join("\n") || "  (no disorder supported)";
  const problems = turn.problems.map((p) => `  ${p.icd10cm} ${p.name}`).join("\n");
  return [
    "— assessment (provisional; for clinicians) —",
    `risk: ${turn.risk.level}${turn.risk.escalate ? " (escalate)" : ""} ${turn.risk.flags.join(", ")}`,
    "differential:",
    dx,
    ...(problems ? ["problems of living:", problems] : []),
    `modality: ${turn.modality ? `${turn.modality.primary} — ${turn.modality.rationale}` : "-"}`,
    `next question: ${turn.followUp ?? "-"}`,
  ].join("\n");
}

export async function runChat(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...COMMON_OPTIONS, thread: { type: "string", short: "t" }, db: { type: "string" } });
  if (values.help) {
    console.log(CHAT_USAGE);
    return 0;
  }
  if (values.thread !== undefined && !values.thread.trim()) throw new UsageError("--thread needs a thread id (leave it out to start a new thread)");
  const counselor = await createCounselor({ sqlitePath: values.db, configuration: configurationFrom(values) });
  const threadId = values.thread ?? randomUUID();
  const interactive = process.stdin.isTTY === true;
  const previous = await counselor.state(threadId);
  console.log(DISCLAIMER);
  if (previous) {
    console.log(`Resuming thread ${threadId} (${previous.turn} turns so far). Last reply:\n\ncounselor> ${previous.response}\n`);
  } else {
    console.log(
      values.thread !== undefined
        ? `No thread "${threadId}" in this session store: starting a new thread with that id.\n` // a mistyped id must not look resumed
        : `Thread ${threadId} — resume later with: ${programName()} chat --thread ${threadId}\n`,
    );
    console.log("counselor> Hi, I'm here to listen. What's been on your mind?\n");
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  if (interactive) rl.setPrompt("you> ");
  let last: CounselorTurn | null = null;
  let toldFallback = false;
  try {
    if (interactive) rl.prompt();
    // Piped input is read whole first: an async iterator over readline can drop lines that arrive
    // while a turn is being answered (seen as a lost last line under load).
    const lines: AsyncIterable<string> | Iterable<string> = interactive ? rl : await allLines(rl);
    for await (const line of lines) {
      const text = line.trim();
      if (!text) {
        if (interactive) rl.prompt();
        continue;
      }
      if (text === "/quit" || text === "/exit") break;
      if (text === "/thread") console.log(threadId);
      else if (text === "/assessment") {
        const a = last ?? (await counselor.assessment(threadId));
        console.log(a ? clinicianView(a) : "(no turns yet)");
      } else if (text === "/help") console.log(CHAT_USAGE);
      else {
        if (!interactive) console.log(`you> ${text}`);
        try {
          last = await counselor.send(threadId, text);
          console.log(`\ncounselor> ${last.response}\n`);
          // Said once a session, when a model was asked for and did not answer.
          if (!toldFallback && Object.values(last.backend).includes("offline-fallback")) {
            toldFallback = true;
            console.error("(the model could not be reached or did not answer in time, so psyllm answered offline; it keeps trying the model)");
          }
        } catch (error) {
          console.error(`psyllm: ${(error as Error).message}`);
        }
      }
      if (interactive) rl.prompt();
    }
  } finally {
    rl.close();
    await counselor.close();
  }
  return 0;
}

/** Every line of a non-interactive input, once it has ended. */
function allLines(rl: ReturnType<typeof createInterface>): Promise<string[]> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    rl.on("line", (l) => lines.push(l));
    rl.once("close", () => resolve(lines));
  });
}
