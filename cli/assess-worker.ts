/**
 * A worker process of `assess --workers N`: receives {lineNo, line} messages, answers them one at a
 * time in order (cli/assess-case.ts) and sends each answer back; exits on {end: true}.
 */
import { closeRetrievers } from "../retrieval/retriever.js";
import { caseAnswerer } from "./assess-case.js";

const configurable = JSON.parse(process.env.PSYLLM_ASSESS_CONFIGURATION ?? "{}") as Record<string, unknown>;
const answer = caseAnswerer(configurable);
let queue: Promise<void> = Promise.resolve();
process.on("message", (msg: { lineNo?: number; line?: string; end?: boolean }) => {
  queue = queue.then(async () => {
    if (msg.end) {
      await closeRetrievers();
      process.disconnect?.();
      process.exit(0);
    }
    const a = await answer(msg.lineNo!, msg.line!);
    process.send!({ lineNo: msg.lineNo, ...a });
  });
});
// The parent gone (killed): nothing to answer for.
process.on("disconnect", () => void queue.then(() => process.exit(0)));
