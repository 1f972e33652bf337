/**
 * Brings the offline engine to steady state before timing: V8 compiles the lexicon's and the
 * risk rules' patterns lazily and optimises the matcher only after many runs, so the first
 * few hundred messages of a process are slower than a running server's. Cold start is
 * reported separately (first turn).
 */
import { extractFindings } from "../engine/extract-findings.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { readRisk } from "../safety/read-risk.js";
import { BENCH_MESSAGES } from "./messages.js";

export function warmUpEngine(rounds = 40): void {
  const km = knowledgeModel();
  const now = new Date();
  for (let r = 0; r < rounds; r++) {
    for (const m of BENCH_MESSAGES) {
      readRisk(m);
      extractFindings(m, 0, km.matcher, now);
    }
  }
}
