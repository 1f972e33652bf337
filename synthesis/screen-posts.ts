/**
 * Which posts can become dialogues: removed or deleted text, empty, too short, not English,
 * a repeated id, or a near-copy of an earlier post are skipped with the reason. A deleted
 * author alone is only noted: the text is the person's and the author is dropped anyway.
 */
import { detectLanguage } from "../safety/language.js";
import { NearDuplicateIndex } from "./near-duplicates.js";
import type { RawPost } from "./read-posts.js";
import type { Post, PostNote, Skip } from "./types.js";

/** Posts shorter than this many words give too little to build a dialogue from. */
export const MIN_WORDS = 12;

const REMOVED = /^\s*\[(removed|deleted)\]\s*$/i;
const ENGLISH_WORDS = new Set("i me my the a an and to of in is it that was for on with but not so have be this just what when do am are at feel like".split(" "));

/** English by function words, and not one of the languages the safety layer recognises. */
export function isEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (!words.length) return false;
  const ascii = words.filter((w) => /^[a-z']+$/.test(w)).length / words.length;
  const common = words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length;
  return detectLanguage(text) === "en" && ascii >= 0.8 && (words.length < 8 || common >= 0.12);
}

export class PostScreen {
  private ids = new Set<string>();
  private near = new NearDuplicateIndex();
  readonly notes: PostNote[] = [];

  /** The post to use, or why not. Call in input order: the first of two copies is kept. */
  check(raw: RawPost): { post: Post } | { skip: Skip } {
    // Reports name the place in the input, never the post id (ids link back to the person).
    const where = raw.line !== undefined ? `line ${raw.line}` : "a post";
    const skip = (reason: Skip["reason"], detail: string) => ({ skip: { reason, ...(raw.line !== undefined ? { line: raw.line } : {}), detail: `${where}: ${detail}` } });
    const body = raw.body.trim();
    if (REMOVED.test(body)) return skip(/deleted/i.test(body) ? "deleted" : "removed", `text is ${body}`);
    if (!body && !raw.title.trim()) return skip("empty", "no title and no text");
    if (!body) return skip("empty", "no text (title only)");
    const text = `${raw.title}\n${body}`;
    const words = text.split(/\s+/).filter(Boolean).length;
    if (words < MIN_WORDS) return skip("too_short", `${words} words (minimum ${MIN_WORDS})`);
    if (!isEnglish(text)) return skip("non_english", `not English (${detectLanguage(text)})`);
    if (this.ids.has(raw.id)) return skip("duplicate_id", "id seen earlier in the input");
    const copyOf = this.near.find(text);
    if (copyOf) return skip("near_duplicate", `near-copy of ${copyOf}`);
    this.ids.add(raw.id);
    this.near.add(raw.id, text);
    if (raw.author !== undefined && /^\[deleted\]$/i.test(raw.author.trim())) {
      this.notes.push({ id: raw.id, kind: "deleted_author", detail: `${where}: author account deleted; text kept (authors are never exported)` });
    }
    const author = raw.author && !/^\[deleted\]$/i.test(raw.author.trim()) ? raw.author.trim() : undefined;
    return { post: { id: raw.id, source: raw.source, title: raw.title.trim(), body, ...(author ? { author } : {}), ...(raw.line !== undefined ? { line: raw.line } : {}), ...(raw.createdUtc ? { createdUtc: raw.createdUtc } : {}) } };
  }
}
