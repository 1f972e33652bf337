/**
 * Benchmark cases: the team's (evals/benchmark/*.jsonl), the shared dev cases
 * (../shared/cases/*.jsonl, same shape) and CounselChat-style questions with topics. All load
 * into one shape; a line that cannot be used is reported with its file and line.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { LIVING_TOPICS, TOPIC_FAMILIES } from "./topic-families.js";

export interface BenchmarkCase {
  id: string;
  /** The person's turns, in order (CPsyCoun's turn-based protocol scores each). */
  messages: string[];
  /** ICD-10-CM prefixes, any of which is right in the top 3; [] = no disorder should be provisional. */
  dx?: string[];
  /** Acceptable risk levels. */
  risk?: string[];
  escalate?: boolean;
  /** Acceptable primary modality ids. */
  modality?: string[];
  /** Diagnostic families any of which is right (CounselChat topics: a weaker label). */
  families?: string[];
  domain?: string;
  kind?: "single" | "multi";
  source: string;
}

export interface LoadResult {
  cases: BenchmarkCase[];
  problems: string[];
}

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : undefined);

function fromCaseLine(o: Record<string, unknown>, source: string): BenchmarkCase | string {
  const messages = strings(o.messages)?.filter((m) => m.trim());
  if (!messages?.length) return "no messages";
  if (typeof o.id !== "string" && typeof o.id !== "number") return "no id";
  return {
    id: String(o.id),
    messages,
    ...(strings(o.dx) ? { dx: strings(o.dx) } : {}),
    ...(strings(o.risk) ? { risk: strings(o.risk) } : {}),
    ...(typeof o.escalate === "boolean" ? { escalate: o.escalate } : {}),
    ...(strings(o.modality) ? { modality: strings(o.modality) } : {}),
    ...(typeof o.domain === "string" ? { domain: o.domain } : {}),
    kind: messages.length > 1 ? "multi" : "single",
    source,
  };
}

/** CounselChat: {id, topics, title, text}; gold is the topic's family, or "no disorder" for living topics. */
function fromCounselChat(o: Record<string, unknown>, source: string): BenchmarkCase | string {
  const text = typeof o.text === "string" ? o.text.trim() : "";
  if (!text) return "no text";
  const topics = strings(o.topics) ?? [];
  const families = [...new Set(topics.flatMap((t) => TOPIC_FAMILIES[t] ?? []))];
  const living = topics.length > 0 && topics.every((t) => LIVING_TOPICS.includes(t));
  return {
    id: String(o.id),
    messages: [[o.title, text].filter((x) => typeof x === "string" && x.trim()).join("\n")],
    ...(families.length ? { families } : living ? { dx: [] } : {}),
    domain: topics[0] ?? "unknown",
    kind: "single",
    source,
  };
}

function loadFile(path: string): LoadResult {
  const cases: BenchmarkCase[] = [];
  const problems: string[] = [];
  const source = basename(path);
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(line);
      } catch {
        problems.push(`${source}:${i + 1}: invalid JSON`);
        return;
      }
      const c = "topics" in o && "text" in o ? fromCounselChat(o, source) : fromCaseLine(o, source);
      if (typeof c === "string") problems.push(`${source}:${i + 1}: ${c}`);
      else cases.push(c);
    });
  return { cases, problems };
}

/** Cases from a .jsonl file or every .jsonl in a folder; duplicate ids across files are reported and dropped. */
export function loadCases(path: string, limit?: number): LoadResult {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new Error(`cannot read dataset "${path}"`);
  }
  const files = stat.isDirectory() ? readdirSync(path).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(path, f)) : [path];
  const out: LoadResult = { cases: [], problems: [] };
  const seen = new Set<string>();
  for (const f of files) {
    const r = loadFile(f);
    out.problems.push(...r.problems);
    for (const c of r.cases) {
      if (seen.has(c.id)) out.problems.push(`${c.source}: duplicate id ${c.id} dropped`);
      else {
        seen.add(c.id);
        out.cases.push(c);
      }
    }
  }
  if (limit !== undefined) out.cases = out.cases.slice(0, limit);
  return out;
}
