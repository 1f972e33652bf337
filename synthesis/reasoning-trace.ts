/**
 * The hidden reasoning of a counselor turn, written from the graph's state after the turn:
 * symptoms with the person's words → criteria → differential with ICD-10-CM and ICD-11 codes
 * → modality and technique → risk. Every quote in it comes from the state's findings, which
 * come from the client's words; nothing here is invented.
 */
import type { CounselingStateType } from "../graphs/state.js";
import { isPresent } from "../engine/presence.js";
import { conceptById, conditionById } from "../knowledge/index.js";
import { MODALITIES } from "../knowledge/modalities.js";
import type { ModalityId } from "../knowledge/types.js";

const q = (s: string) => `"${s.replace(/\s+/g, " ").trim()}"`;

/** The concepts that mean the person is at risk, when a trace lists them among the symptoms. */
const RISK_CONCEPTS = ["death_thoughts", "suicidal_thoughts", "self_harm"];

/**
 * The risk concept a trace lists among its symptoms (now or past; never in its "Denied:" or risk
 * lines), by its knowledge-base label, or undefined. Read back by the synthesis pipeline and audit.
 */
export function riskInReasoning(think: string): string | undefined {
  const symptoms = think.split(/\n(?:Denied:|Risk \()/)[0];
  return RISK_CONCEPTS.map((id) => conceptById(id)?.label ?? id).find((label) => symptoms.includes(`${label} "`) || symptoms.includes(`${label} (past) "`));
}

export function reasoningTrace(state: CounselingStateType): string {
  const turn = Math.max(0, state.turn - 1);
  const lines: string[] = [];

  const present = state.findings.filter((f) => isPresent(f, true));
  const now = present.filter((f) => f.turn === turn);
  const earlier = present.filter((f) => f.turn < turn);
  const describe = (fs: typeof present) =>
    [...new Map(fs.map((f) => [f.concept, f])).values()]
      .slice(0, 8)
      .map((f) => `${conceptById(f.concept)?.label ?? f.concept}${f.historical ? " (past)" : ""} ${q(f.quote)}`)
      .join("; ");
  const denied = state.findings.filter((f) => f.turn === turn && f.negated && !f.otherExperiencer).map((f) => conceptById(f.concept)?.label ?? f.concept);
  lines.push(`Symptoms this turn: ${now.length ? describe(now) : "nothing new of clinical weight"}.`);
  if (earlier.length) lines.push(`Earlier: ${describe(earlier)}.`);
  if (denied.length) lines.push(`Denied: ${[...new Set(denied)].join(", ")}.`);
  const t = state.timing;
  const timing = [t.durationDays !== undefined ? `about ${t.durationDays} days` : "", t.lifelong ? "lifelong" : "", t.stressorAgoDays !== undefined ? `stressor ${t.stressorAgoDays} days ago` : ""].filter(Boolean).join(", ");
  lines.push(`Timing: ${timing || "not yet stated"}.`);

  const lead = state.differential[0];
  if (lead) {
    const met = lead.criteria.filter((c) => c.met === true).map((c) => `${c.id} ${q(c.evidence ?? "")}`);
    const cond = conditionById(lead.conditionId);
    lines.push(`Criteria (${cond?.name ?? lead.name}): ${met.length} met — ${met.slice(0, 6).join("; ")}${lead.missing.length ? `; still open: ${lead.missing.slice(0, 3).join("; ")}` : ""}.`);
  }
  const differential = state.differential.slice(0, 3).map((d) => `${d.icd10cm} / ICD-11 ${d.icd11} ${d.name} — ${d.status} (${d.likelihood.toFixed(2)})`);
  lines.push(`Differential (DSM-5-TR criteria, provisional): ${differential.length ? differential.join("; ") : "no disorder supported by the criteria so far"}.`);
  if (state.problems.length) lines.push(`Problems of living: ${state.problems.map((p) => `${p.icd10cm} ${p.name}`).join("; ")} — not a disorder.`);

  const m = state.modality;
  if (m) {
    const info = MODALITIES[m.primary as ModalityId];
    lines.push(`Approach: ${info?.name ?? m.primary} (${m.school}); technique this turn: ${m.technique}. Why: ${m.rationale}`);
  } else if (state.crisis) lines.push("Approach: crisis protocol (C-SSRS triage; Stanley–Brown safety planning) before any therapeutic work.");

  const r = state.risk;
  lines.push(`Risk (C-SSRS screener): ${r.level}${r.flags.length ? `, ${r.flags.join(", ")}` : ""}${r.escalate ? " — escalate with crisis resources now" : ", no escalation"}${r.evidence.length ? `; evidence ${r.evidence.slice(0, 2).map(q).join(", ")}` : ""}.`);
  if (state.followUp) lines.push(`Next: ask ${q(state.followUp)}`);
  return lines.join("\n");
}
