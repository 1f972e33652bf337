/**
 * `assess --workers N`: the cases answered by N worker processes (both cores on a 2-core
 * machine), the output still one line per input line in input order. Lines go to the least
 * busy worker, at most IN_FLIGHT ahead each; answers are held until every earlier line's answer
 * has been written. A worker that dies stops the run with an error (the output is not renamed).
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { countAnswer, type CaseAnswer, type Tally } from "./assess-case.js";

const IN_FLIGHT = 8;

export async function answerInWorkers(
  lines: AsyncIterable<string>,
  workers: number,
  configurable: Record<string, unknown>,
  write: (out: unknown) => Promise<void>,
  onDone: (tally: Tally) => void,
): Promise<Tally> {
  const script = fileURLToPath(new URL(import.meta.url.endsWith(".ts") ? "./assess-worker.ts" : "./assess-worker.js", import.meta.url));
  const env = { ...process.env, PSYLLM_ASSESS_CONFIGURATION: JSON.stringify(configurable) };
  const tally: Tally = { answered: 0, failed: 0, fallbacks: 0 };
  const held = new Map<number, CaseAnswer>();
  let next = 1;
  let failure: Error | undefined;
  // Every answer or exit bumps the version; a wait returns at once if anything happened since `seen`.
  let version = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    version++;
    wake?.();
    wake = undefined;
  };
  const waitForChange = (seen: number) => (version !== seen ? Promise.resolve() : new Promise<void>((r) => (wake = r)));
  const children = Array.from({ length: workers }, () => {
    const child: ChildProcess & { busy?: number; ended?: boolean } = fork(script, [], { execArgv: process.execArgv, env, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.busy = 0;
    child.on("message", (msg: CaseAnswer & { lineNo: number }) => {
      child.busy!--;
      held.set(msg.lineNo, msg);
      notify();
    });
    child.on("exit", (code, signal) => {
      if (!child.ended) failure ??= new Error(`a worker process exited before the end (${signal ?? `code ${code}`})`);
      notify();
    });
    return child;
  });
  // Writes every answer whose earlier lines are all written.
  const flush = async () => {
    while (held.has(next)) {
      const a = held.get(next)!;
      held.delete(next);
      await write(a.out);
      countAnswer(tally, a);
      onDone(tally);
      next++;
    }
  };
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      for (;;) {
        const seen = version;
        if (failure) throw failure;
        await flush();
        const idle = children.reduce((a, b) => (b.busy! < a.busy! ? b : a));
        if (idle.busy! < IN_FLIGHT) {
          idle.busy!++;
          idle.send({ lineNo, line });
          break;
        }
        await waitForChange(seen);
      }
    }
    while (next <= lineNo) {
      const seen = version;
      if (failure) throw failure;
      await flush();
      if (next <= lineNo) await waitForChange(seen);
    }
  } finally {
    for (const c of children) {
      c.ended = true;
      if (c.connected) c.send({ end: true });
      else c.kill();
    }
    await Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? undefined : new Promise((r) => c.once("exit", r)))));
  }
  return tally;
}
