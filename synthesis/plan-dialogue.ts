/**
 * The client side of a synthesised dialogue, as the reference pipeline plans it: 1–3 rounds,
 * each with one theme, the client's turns in the person's own voice. Offline, the turns are
 * the post's own sentences grouped by theme (what is happening, how it shows, what they ask);
 * a model-based simulator (model-client.ts) can write them instead.
 */
import { extractFindings } from "../engine/extract-findings.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { conceptById } from "../knowledge/index.js";
import type { Post } from "./types.js";

export interface DialoguePlan {
  themes: string[];
  turns: string[];
}

/** Writes the client's turns for a post. */
export interface ClientSimulator {
  /** Name recorded in the dataset card ("offline" or the model). */
  name: string;
  plan(post: Post): Promise<DialoguePlan>;
  /**
   * The client's turn for round `round` (1-based after the first), written after the counselor's
   * last reply so the person answers what they were asked (with a model; facts only from the
   * post). Without it, the planned turn is used as it is.
   */
  answer?(post: Post, plan: DialoguePlan, round: number, counselorSaid: string): Promise<string>;
}

/**
 * Sentences addressed to the forum's readers, not to a counselor ("Has anyone here dealt with
 * this?", "For those of you who…", "Thanks for reading"): in a counseling conversation nobody
 * says them, and keeping them leaves the counselor a question meant for strangers' stories.
 */
export const COMMUNITY = /^\s*(?:(?:has|have|does|did|do|is|was|would|will|can|could) (?:anyone|anybody|any of you|someone)\b|(?:anyone|anybody) (?:else|here|have|has|ever|got|dealt|been|know|out there)\b|(?:for|to) (?:those|anyone|all|everyone) (?:of you|who|that|here|out there)|(?:thanks|thank you|ty) (?:for reading|for listening|in advance|all|everyone|guys)|sorry (?:for|about) (?:the|this|my) (?:long|rant|wall|formatting|essay|novel)|(?:any|some) (?:advice|tips|thoughts|input)(?: from (?:anyone|you all|y'all))?\s*\??\s*$|(?:upvote|please upvote|lurker|long time lurker))/i;

const BOILERPLATE = /^\s*(edit\b|update\b|tl;?dr|throwaway|sorry (for|about) (the )?(formatting|english|length|wall)|x-?post|obligatory|first time posting|on mobile)/i;

const THEME_OF_DOMAIN: Record<string, string> = {
  mood: "mood and loss of interest",
  anxiety: "worry and fear",
  physiological: "body and energy",
  cognitive: "thoughts",
  behavioural: "what they do and avoid",
  perceptual: "unusual experiences",
  interpersonal: "relationships",
  sleep: "sleep",
  eating: "eating",
  substance: "alcohol and substances",
  trauma: "what happened and its aftermath",
  context: "life circumstances",
};

export interface Sentence {
  text: string;
  theme: string;
  ask: boolean;
}

function sentencesOf(post: Post): Sentence[] {
  const km = knowledgeModel();
  const now = new Date();
  const raw = `${post.body}`.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s && !BOILERPLATE.test(s) && !COMMUNITY.test(s));
  return raw.map((text) => {
    const findings = extractFindings(text, 0, km.matcher, now).findings.filter((f) => !f.negated && !f.otherExperiencer);
    const domains = findings.map((f) => conceptById(f.concept)?.domain).filter((d): d is NonNullable<typeof d> => !!d);
    const top = domains.sort((a, b) => domains.filter((x) => x === b).length - domains.filter((x) => x === a).length)[0];
    return { text, theme: top ? THEME_OF_DOMAIN[top] ?? top : "", ask: /\?\s*$/.test(text) };
  });
}

/** Words in a list of sentences. */
const wordCount = (ss: Sentence[]) => ss.reduce((n, s) => n + s.text.split(/\s+/).length, 0);

/**
 * Splits the post into 1–3 rounds at meaning boundaries, in the post's own order: paragraph
 * breaks first, then the sentence where the theme changes, never moving a sentence (a question
 * stays where the person asked it). Each round carries enough to answer (about 25 words).
 */
export function splitRounds(sentences: Sentence[], paragraphStarts: Set<number>): Sentence[][] {
  const total = wordCount(sentences);
  const rounds = Math.min(3, Math.max(1, Math.floor(total / 35)));
  if (rounds === 1 || sentences.length < 2) return [sentences];
  // Score each possible cut (before sentence i): a paragraph break, a change of theme, and
  // closeness to an even share of the words.
  const cuts: number[] = [];
  let start = 0;
  for (let r = 1; r < rounds; r++) {
    const target = (total * r) / rounds;
    let best = -1;
    let bestScore = -Infinity;
    let words = wordCount(sentences.slice(0, start));
    for (let i = start + 1; i < sentences.length; i++) {
      words += sentences[i - 1].text.split(/\s+/).length;
      const before = wordCount(sentences.slice(start, i));
      const after = wordCount(sentences.slice(i));
      if (before < 25 || after < 25 * (rounds - r)) continue;
      // A round never ends on a sentence that leans on the next ("And then…", "But…" start the next one).
      const leans = /^(?:and|but|so|because|or|then|which|also|plus|even)\b/i.test(sentences[i].text);
      const score = (paragraphStarts.has(i) ? 2 : 0) + (sentences[i].theme && sentences[i].theme !== sentences[i - 1].theme ? 1 : 0) - (leans ? 2 : 0) - Math.abs(words - target) / Math.max(1, total / rounds);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    cuts.push(best);
    start = best;
  }
  const groups: Sentence[][] = [];
  let from = 0;
  for (const c of [...cuts, sentences.length]) {
    groups.push(sentences.slice(from, c));
    from = c;
  }
  return groups.filter((g) => g.length);
}

/** Offline simulator: the post's own words, split into 1–3 rounds in their own order. */
export const offlineClient: ClientSimulator = {
  name: "offline",
  async plan(post: Post): Promise<DialoguePlan> {
    const paragraphs = post.body.split(/\n\s*\n/);
    const sentences: Sentence[] = [];
    const paragraphStarts = new Set<number>();
    for (const p of paragraphs) {
      const ss = sentencesOf({ ...post, body: p });
      if (ss.length) paragraphStarts.add(sentences.length);
      sentences.push(...ss);
    }
    const groups = splitRounds(sentences, paragraphStarts);
    const title = post.title.trim();
    const turns = groups.map((g) => g.map((s) => s.text).join(" "));
    // The title often says it best ("Constant what-ifs"): it opens the first turn unless the body repeats it.
    if (title && turns.length && !turns[0].toLowerCase().includes(title.toLowerCase())) turns[0] = `${/[.!?]$/.test(title) ? title : `${title}.`} ${turns[0]}`;
    if (!turns.length && title) turns.push(title);
    const themes = groups.map((g, i) => {
      const counts = new Map<string, number>();
      for (const s of g) if (s.theme) counts.set(s.theme, (counts.get(s.theme) ?? 0) + 1);
      const theme = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      return theme ?? (i === 0 ? "what brings them here" : "more of their story");
    });
    return { themes, turns: turns.filter((t) => t.trim()) };
  },
};
