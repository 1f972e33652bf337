/**
 * Audits a `synthesize` output folder the way #19 judges it, from the files alone:
 * - kept / crisis / rejected / skipped counts and the modality mix of kept dialogues;
 * - counselor sentences found in ≥ 3 kept dialogues (share of all their sentences) and the
 *   most repeated ones; the most repeated "Why:" rationale;
 * - kept dialogues whose reasoning finds suicidal thoughts or self-harm (or whose whole client
 *   text the risk reader escalates) while rating risk none;
 * - client turns whose sentences are out of the post's order (needs --input);
 * - with a manifest (one line a post: {id, kind, risk, pii: [verbatim strings]}): every personal
 *   detail found in any output file, non-help-seeking posts kept, posts at risk kept.
 *
 * usage: tsx evals/synthesis-audit.ts OUT_DIR [--input POSTS.jsonl] [--manifest MANIFEST.jsonl] [--json]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readConversation } from "../safety/read-risk.js";
import { repetitionDetail } from "../synthesis/filter-quality.js";
import { riskInReasoning } from "../synthesis/reasoning-trace.js";
import { ensureConfiguration } from "../graphs/configuration.js";
import { datasetKeyer } from "../synthesis/dataset-id.js";
import { cliDataDir } from "../cli/args.js";

interface Turn {
  from: "human" | "gpt";
  value: string;
}
interface Sample {
  id: string;
  conversations: Turn[];
}
export interface ManifestLine {
  id: string;
  kind: string;
  risk: string;
  pii: string[];
}

const sentences = (t: string) => t.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 3);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const readJsonl = <T>(path: string): T[] => (existsSync(path) ? readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T) : []);

export function auditSynthesis(outDir: string, opts: { input?: string; manifest?: string } = {}) {
  const kept = JSON.parse(readFileSync(join(outDir, "sharegpt.json"), "utf8")) as Sample[];
  const crisis = readJsonl<{ postId: string }>(join(outDir, "crisis.jsonl"));
  const rejects = readJsonl<{ postId: string; reasons: string[] }>(join(outDir, "rejects.jsonl"));
  const skipped = readJsonl<{ id?: string; reason: string }>(join(outDir, "skipped.jsonl"));
  const counselor = kept.map((d) => d.conversations.filter((t) => t.from === "gpt").map((t) => t.value.replace(/^<think>[\s\S]*?<\/think>\s*/, "")));
  const thinks = kept.map((d) => d.conversations.filter((t) => t.from === "gpt").map((t) => /^<think>\n?([\s\S]*?)<\/think>/.exec(t.value)?.[1] ?? ""));
  const rep = repetitionDetail(counselor);

  // Reasoning and risk that disagree, or a client text the risk reader escalates, in a kept dialogue.
  const contradictions: string[] = [];
  kept.forEach((d, i) => {
    const client = d.conversations.filter((t) => t.from === "human").map((t) => t.value);
    const traceRisky = thinks[i].some((t) => riskInReasoning(t) !== undefined && /Risk \(C-SSRS screener\): none/.test(t));
    const reader = readConversation([client.join("\n")]);
    if (traceRisky || reader.escalate) contradictions.push(`${d.id}: ${traceRisky ? "reasoning lists suicidal thoughts or self-harm, risk none" : `risk reader escalates the client's words (${reader.level})`}`);
  });

  const rationales = new Map<string, number>();
  for (const ts of thinks) for (const t of ts) {
    const why = /Why: (.*)/.exec(t)?.[1];
    if (why) rationales.set(why, (rationales.get(why) ?? 0) + 1);
  }
  const topRationale = [...rationales].sort((a, b) => b[1] - a[1])[0];
  const counselorTurns = counselor.reduce((n, c) => n + c.length, 0);
  const modalities: Record<string, number> = {};
  for (const ts of thinks) {
    const m = /Approach: ([^;(]+)/.exec(ts[ts.length - 1] ?? "")?.[1]?.trim() ?? "none";
    modalities[m] = (modalities[m] ?? 0) + 1;
  }

  // Client turns in the post's order (offline turns are the post's own sentences).
  const outOfOrder: string[] = [];
  if (opts.input) {
    const posts = new Map(readJsonl<Record<string, string>>(opts.input).map((p) => [String(p.id), `${p.title ?? ""}\n${p.selftext ?? p.text ?? p.body ?? ""}`]));
    for (const d of kept) {
      const post = posts.get(d.id);
      if (!post) continue;
      const flat = post.replace(/\s+/g, " ");
      let at = -1;
      for (const s of d.conversations.filter((t) => t.from === "human").flatMap((t) => sentences(t.value))) {
        const pos = flat.indexOf(s.replace(/\s+/g, " "));
        if (pos < 0) continue; // scrubbed or rewritten
        if (pos < at) {
          outOfOrder.push(d.id);
          break;
        }
        at = pos;
      }
    }
  }

  const manifest = opts.manifest ? readJsonl<ManifestLine>(opts.manifest) : [];
  const leaks: string[] = [];
  const keptIds = new Set(kept.map((d) => d.id));
  if (manifest.length) {
    const files = readdirSync(outDir).filter((f) => /\.(json|jsonl|md|html)$/.test(f));
    const text = files.map((f) => [f, readFileSync(join(outDir, f), "utf8")] as const);
    for (const m of manifest)
      for (const p of m.pii) {
        // Case-sensitive for a capitalised detail ("Mark" the name, not "mark" the word); any case otherwise.
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(p)}(?![\\p{L}\\p{N}])`, /\p{Lu}/u.test(p) ? "u" : "iu");
        const inFiles = text.filter(([, t]) => re.test(t)).map(([f]) => f);
        if (inFiles.length) leaks.push(`${m.id}: "${p}" in ${inFiles.join(", ")}`);
      }
  }
  // Outputs carry keyed ids (synthesis/dataset-id.ts): map the manifest's post ids to them, on this machine's key.
  const keyOf = datasetKeyer(cliDataDir() ?? ensureConfiguration({}).dataDir);
  const kind = new Map(manifest.flatMap((m) => [[m.id, m] as const, [keyOf(m.id), m] as const]));
  const lineToId = new Map<number, string>(manifest.map((m, i) => [i + 1, m.id]));
  for (const m of manifest) if (keptIds.has(keyOf(m.id))) keptIds.add(m.id);
  const notHelpSeekingKept = [...keptIds].filter((id) => !id.startsWith("d-") && kind.has(id) && !/help_seeking|third_party/.test(kind.get(id)!.kind));
  const atRiskKept = [...keptIds].filter((id) => !id.startsWith("d-") && kind.has(id) && kind.get(id)!.risk !== "none");
  const atRisk = manifest.filter((m) => m.risk !== "none");
  const crisisIds = new Set(crisis.map((c) => c.postId));
  for (const m of manifest) if (crisisIds.has(keyOf(m.id))) crisisIds.add(m.id);

  return {
    kept: kept.length,
    crisis: crisis.length,
    rejected: rejects.length,
    skipped: skipped.length,
    counselorTurns,
    templatedShare: rep.share,
    topRepeated: rep.top,
    topRationale: topRationale ? `${topRationale[1]} of ${counselorTurns} turns: ${topRationale[0].slice(0, 100)}` : "none",
    modalities,
    riskContradictions: contradictions,
    clientTurnsOutOfOrder: outOfOrder,
    ...(manifest.length
      ? {
          piiLeaks: leaks,
          piiStrings: manifest.reduce((n, m) => n + m.pii.length, 0),
          notHelpSeekingKept,
          atRiskKept,
          atRiskToCrisis: `${atRisk.filter((m) => crisisIds.has(m.id)).length} of ${atRisk.length}`,
          skippedAsNotHelpSeeking: skipped.filter((s) => s.reason === "not_help_seeking").map((s) => { const id = s.id ?? lineToId.get((s as { line?: number }).line ?? -1) ?? "?"; return `${id} (${kind.get(id)?.kind ?? "?"})`; }),
        }
      : {}),
  };
}

function main(argv: string[]) {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const outDir = argv.find((a, i) => !a.startsWith("--") && !["--input", "--manifest"].includes(argv[i - 1] ?? ""));
  if (!outDir) {
    console.error("usage: eval:synthesis OUT_DIR [--input POSTS.jsonl] [--manifest MANIFEST.jsonl] [--json]");
    return 2;
  }
  if (!existsSync(join(outDir, "sharegpt.json"))) {
    console.error(`eval:synthesis: ${outDir} has no sharegpt.json (run synthesize first)`);
    return 2;
  }
  const report = auditSynthesis(outDir, { input: flag("--input"), manifest: flag("--manifest") });
  console.log(argv.includes("--json") ? JSON.stringify(report) : JSON.stringify(report, null, 1));
  return 0;
}

if (process.argv[1] && /synthesis-audit\.ts$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
