/**
 * What the graph accepts from a person: a non-empty, well-formed string of bounded size.
 * Bad input gets a clear error before any node runs, and nothing already in the thread is lost.
 */

/** Longest message accepted, in characters (about 10 pages); longer text is refused, not truncated silently. */
export const MAX_MESSAGE_CHARS = 20_000;

export class InvalidMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidMessageError";
  }
}

/** Returns the trimmed message or throws InvalidMessageError saying what is wrong. */
export function validateUserMessage(input: unknown): string {
  if (typeof input !== "string") throw new InvalidMessageError(`message must be a string, got ${input === null ? "null" : typeof input}`);
  if (!input.isWellFormed()) throw new InvalidMessageError("message is not valid Unicode text (it contains broken surrogate pairs)");
  const text = input.trim();
  if (!text) throw new InvalidMessageError("message is empty");
  if (text.length > MAX_MESSAGE_CHARS) {
    throw new InvalidMessageError(`message is ${text.length} characters; the limit is ${MAX_MESSAGE_CHARS} (split it into several turns)`);
  }
  // Binary data read as text shows up as control characters and replacement characters.
  const junk = text.match(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  if (junk > 0 && junk / text.length > 0.05) throw new InvalidMessageError("message looks like binary data, not text");
  return text;
}
