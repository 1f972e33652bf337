/**
 * Reads posts from Reddit/Pushshift JSONL, CSV (with a header row) or a folder of text files.
 * A line that cannot be read is reported with its number and counted; the run goes on.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Post, Skip } from "./types.js";

/** A raw post before screening: the author is kept only to report deleted accounts. */
export interface RawPost extends Post {
  author?: string;
  line?: number;
}

export type ReadResult = { post: RawPost } | { skip: Skip };

const text = (v: unknown) => (typeof v === "string" ? v : v === undefined || v === null ? "" : String(v));

function fromObject(o: Record<string, unknown>, line: number | undefined, fallbackId: string): RawPost {
  const body = text(o.selftext ?? o.body ?? o.text ?? o.content);
  return {
    id: text(o.id ?? o.post_id ?? o.name) || fallbackId,
    source: text(o.subreddit ?? o.source ?? o.forum) || "unknown",
    title: text(o.title),
    body,
    author: o.author === undefined ? undefined : text(o.author),
    createdUtc: typeof o.created_utc === "number" ? o.created_utc : Number(o.created_utc) || undefined,
    ...(line !== undefined ? { line } : {}),
  };
}

async function* readJsonl(path: string): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    if (!raw.trim()) continue;
    let o: unknown;
    try {
      o = JSON.parse(raw);
    } catch (error) {
      yield { skip: { reason: "malformed_line", line: n, detail: `line ${n}: invalid JSON (${(error as Error).message.slice(0, 80)})` } };
      continue;
    }
    if (!o || typeof o !== "object" || Array.isArray(o)) {
      yield { skip: { reason: "malformed_line", line: n, detail: `line ${n}: not a JSON object` } };
      continue;
    }
    yield { post: fromObject(o as Record<string, unknown>, n, `line-${n}`) };
  }
}

/** One CSV row: its first line and fields, or why it could not be read. */
export interface CsvRow {
  line: number;
  fields: string[];
  error?: string;
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. A quote that does not
 * close where it should would swallow the rows after it into one field: a row that runs over
 * several lines and then has the wrong number of fields (the header's count), or a quote still
 * open at the end of the file, is reported on its first line instead, and reading starts again on
 * the line after it, so no other row is lost.
 */
export function parseCsv(content: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let offset = 0;
  let firstLine = 1;
  for (;;) {
    const part = parseCsvFrom(content, offset, firstLine, rows[0]?.fields.length);
    rows.push(...part.rows);
    if (!part.broken) return rows;
    rows.push({ line: part.broken.line, fields: [], error: `a quoted field opened on line ${part.broken.line} does not close before the next row` });
    const next = content.indexOf("\n", part.broken.index);
    if (next < 0) return rows;
    offset = next + 1;
    firstLine = part.broken.line + 1;
  }
}

function parseCsvFrom(content: string, offset: number, firstLine: number, expected: number | undefined): { rows: CsvRow[]; broken?: { line: number; index: number } } {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = firstLine;
  let rowLine = firstLine;
  let rowStart = offset;
  for (let i = offset; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && content[i + 1] === "\n") i++;
      fields.push(field);
      const width = expected ?? rows[0]?.fields.length;
      if (line > rowLine && width !== undefined && fields.length !== width) return { rows, broken: { line: rowLine, index: rowStart } };
      if (fields.some((f) => f !== "")) rows.push({ line: rowLine, fields });
      fields = [];
      field = "";
      line++;
      rowLine = line;
      rowStart = i + 1;
    } else field += c;
  }
  if (quoted) return { rows, broken: { line: rowLine, index: rowStart } };
  fields.push(field);
  if (fields.some((f) => f !== "")) rows.push({ line: rowLine, fields });
  return { rows };
}

function* readCsv(path: string): Generator<ReadResult> {
  const rows = parseCsv(readFileSync(path, "utf8"));
  const header = rows.shift()?.fields.map((h) => h.trim().toLowerCase()) ?? [];
  if (!header.some((h) => ["selftext", "body", "text", "content"].includes(h))) {
    yield { skip: { reason: "malformed_line", line: 1, detail: `line 1: CSV header has no text column (selftext, body, text or content)` } };
    return;
  }
  for (const row of rows) {
    if (row.error) {
      yield { skip: { reason: "malformed_line", line: row.line, detail: `line ${row.line}: ${row.error}` } };
      continue;
    }
    if (row.fields.length !== header.length) {
      yield { skip: { reason: "malformed_line", line: row.line, detail: `line ${row.line}: ${row.fields.length} fields, header has ${header.length}` } };
      continue;
    }
    yield { post: fromObject(Object.fromEntries(header.map((h, i) => [h, row.fields[i]])), row.line, `row-${row.line}`) };
  }
}

function* readFolder(path: string): Generator<ReadResult> {
  for (const name of readdirSync(path).sort()) {
    if (![".txt", ".md"].includes(extname(name).toLowerCase())) continue;
    // A folder named like a post, a dangling link or an unreadable file is noted and passed over.
    let content: string;
    try {
      if (!statSync(join(path, name)).isFile()) throw new Error("not a file");
      content = readFileSync(join(path, name), "utf8");
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code === "ENOENT" ? "a link to nothing" : (error as Error).message === "not a file" ? "not a file" : (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      yield { skip: { reason: "unreadable", id: basename(name, extname(name)), detail: `${name}: ${why}; skipped` } };
      continue;
    }
    // The first line is the title when it is short and followed by a blank line.
    const [first, ...rest] = content.split(/\r?\n/);
    const hasTitle = first.length <= 200 && rest[0]?.trim() === "";
    yield { post: { id: basename(name, extname(name)), source: basename(path), title: hasTitle ? first.trim() : "", body: (hasTitle ? rest.join("\n") : content).trim() } };
  }
}

/** Posts from a file or folder, in input order. */
export async function* readPosts(path: string): AsyncGenerator<ReadResult> {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new Error(`cannot read input "${path}": no such file or folder`);
  }
  if (stat.isDirectory()) yield* readFolder(path);
  else if (extname(path).toLowerCase() === ".csv") yield* readCsv(path);
  else yield* readJsonl(path);
}
