/**
 * What real models send back, made usable: reasoning models served without a reasoning parser
 * put `<think>…</think>` in the content (DeepSeek-R1 distills often drop the opening tag, whose
 * chat template already opened it); open models wrap JSON in ```json fences and prose. The
 * reasoning is kept apart (for the trace, never for the person) and JSON is found wherever the
 * model put it before anyone calls the answer malformed.
 */

const OPEN = /<(think|thinking|reasoning)>/i;
const CLOSE = /<\/(think|thinking|reasoning)>/i;

/** The reasoning a model wrote and the answer after it. An unclosed block is all reasoning. */
export function splitThink(text: string): { reasoning: string; answer: string } {
  let rest = text;
  const reasoning: string[] = [];
  // An orphan closing tag: the template opened the block, so everything before it is reasoning.
  const close = CLOSE.exec(rest);
  const open = OPEN.exec(rest);
  if (close && (!open || close.index < open.index)) {
    reasoning.push(rest.slice(0, close.index));
    rest = rest.slice(close.index + close[0].length);
  }
  for (;;) {
    const o = OPEN.exec(rest);
    if (!o) break;
    const after = rest.slice(o.index + o[0].length);
    const c = CLOSE.exec(after);
    if (!c) {
      reasoning.push(after);
      rest = rest.slice(0, o.index);
      break;
    }
    reasoning.push(after.slice(0, c.index));
    rest = rest.slice(0, o.index) + after.slice(c.index + c[0].length);
  }
  return { reasoning: reasoning.map((r) => r.trim()).filter(Boolean).join("\n\n"), answer: rest.trim() };
}

/**
 * Streaming `splitThink`: feed chunks as they arrive, get back only what the person may see.
 * A tag split across chunks is held until it is whole; text inside a block never comes out.
 * With `opensInside` the stream is taken to start inside a block (a server whose template
 * opens it), and nothing is shown before the first closing tag.
 */
export class ThinkStripper {
  private buffer = "";
  private inside: boolean;
  private inFence = false;
  private seenVisible = false;
  /** Everything held back as reasoning, for the trace. */
  reasoning = "";

  /** `hideFences`: also hold back ``` blocks (a one-call model's JSON assessment after its reasoning). */
  constructor(opensInside = false, private readonly hideFences = false) {
    this.inside = opensInside;
  }

  push(chunk: string): string {
    this.buffer += chunk;
    let out = "";
    for (;;) {
      if (this.inFence) {
        const end = this.buffer.indexOf("```");
        if (end < 0) {
          const keep = Math.min(this.buffer.length, 2);
          this.reasoning += this.buffer.slice(0, this.buffer.length - keep);
          this.buffer = this.buffer.slice(this.buffer.length - keep);
          return out;
        }
        this.reasoning += this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 3).replace(/^\s+/, "");
        this.inFence = false;
        continue;
      }
      if (this.hideFences && !this.inside) {
        const f = this.buffer.indexOf("```");
        const o0 = OPEN.exec(this.buffer);
        if (f >= 0 && (!o0 || f < o0.index)) {
          out += this.buffer.slice(0, f);
          this.buffer = this.buffer.slice(f + 3);
          this.inFence = true;
          continue;
        }
      }
      if (this.inside) {
        const c = CLOSE.exec(this.buffer);
        if (!c) {
          // Keep a tail that could be the start of a closing tag.
          const keep = Math.min(this.buffer.length, 12);
          this.reasoning += this.buffer.slice(0, this.buffer.length - keep);
          this.buffer = this.buffer.slice(this.buffer.length - keep);
          return out;
        }
        this.reasoning += this.buffer.slice(0, c.index);
        this.buffer = this.buffer.slice(c.index + c[0].length).replace(/^\s+/, "");
        this.inside = false;
        continue;
      }
      const o = OPEN.exec(this.buffer);
      // An orphan closing tag before anything visible: what came before was reasoning after all.
      const c = CLOSE.exec(this.buffer);
      if (c && (!o || c.index < o.index) && !this.seenVisible) {
        this.reasoning += this.buffer.slice(0, c.index);
        this.buffer = this.buffer.slice(c.index + c[0].length).replace(/^\s+/, "");
        continue;
      }
      if (o) {
        out += this.buffer.slice(0, o.index);
        this.buffer = this.buffer.slice(o.index + o[0].length);
        this.inside = true;
        continue;
      }
      // Hold back a possible partial tag ("<th") or fence ("``") at the end.
      const lt = this.buffer.lastIndexOf("<");
      let hold = lt >= 0 && this.buffer.length - lt < 13 && !/>/.test(this.buffer.slice(lt)) ? this.buffer.length - lt : 0;
      if (this.hideFences) hold = Math.max(hold, /`{1,2}$/.exec(this.buffer)?.[0].length ?? 0);
      out += this.buffer.slice(0, this.buffer.length - hold);
      this.buffer = this.buffer.slice(this.buffer.length - hold);
      // Whitespace before the answer (after a think block) is not worth showing.
      if (!this.seenVisible) out = out.replace(/^\s+/, "");
      if (out) this.seenVisible = true;
      return out;
    }
  }

  /** The rest, at the end of the stream (an unclosed block stays hidden). */
  end(): string {
    const hidden = this.inside || this.inFence;
    const rest = hidden ? "" : this.buffer;
    if (hidden) this.reasoning += this.buffer;
    this.buffer = "";
    return rest;
  }
}

/** Balanced `{…}` spans of `text`, outermost first, in order (strings and escapes respected). */
function objectSpans(text: string): string[] {
  const spans: string[] = [];
  for (let start = text.indexOf("{"); start >= 0 && spans.length < 8; start = text.indexOf("{", start + 1)) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const ch = text[i];
      if (inString) {
        if (ch === "\\") i++;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) {
        spans.push(text.slice(start, i + 1));
        start = i; // the next search starts after this object
        break;
      }
    }
    if (depth > 0) break;
  }
  return spans;
}

/**
 * Every JSON value a model's answer may hold, most likely first: the whole answer (after the
 * reasoning), each ```json fence, then each balanced object in the prose. The caller keeps
 * the first that its schema accepts.
 */
export function jsonCandidates(text: string): unknown[] {
  const { answer, reasoning } = splitThink(text);
  const out: unknown[] = [];
  const tryParse = (s: string) => {
    try {
      out.push(JSON.parse(s));
    } catch {
      /* not JSON */
    }
  };
  tryParse(answer);
  for (const m of answer.matchAll(/```(?:json|JSON)?\s*\n?([\s\S]*?)```/g)) tryParse(m[1].trim());
  for (const span of objectSpans(answer)) tryParse(span);
  // Some models put the whole answer inside their reasoning and end with nothing: last resort.
  if (!out.length && reasoning) {
    for (const m of reasoning.matchAll(/```(?:json|JSON)?\s*\n?([\s\S]*?)```/g)) tryParse(m[1].trim());
    for (const span of objectSpans(reasoning)) tryParse(span);
  }
  return out;
}
