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
}

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

interface Sentence {
  text: string;
  theme: string;
  ask: boolean;
}

function sentencesOf(post: Post): Sentence[] {
  const km = knowledgeModel();
  const now = new Date();
  const raw = `${post.body}`.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s && !BOILERPLATE.test(s));
  return raw.map((text) => {
    const findings = extractFindings(text, 0, km.matcher, now).findings.filter((f) => !f.negated && !f.otherExperiencer);
    const domains = findings.map((f) => conceptById(f.concept)?.domain).filter((d): d is NonNullable<typeof d> => !!d);
    const top = domains.sort((a, b) => domains.filter((x) => x === b).length - domains.filter((x) => x === a).length)[0];
    return { text, theme: top ? THEME_OF_DOMAIN[top] ?? top : "", ask: /\?\s*$/.test(text) };
  });
}

/** Offline simulator: the post's own words, grouped into 1–3 rounds. */
export const offlineClient: ClientSimulator = {
  name: "offline",
  async plan(post: Post): Promise<DialoguePlan> {
    const sentences = sentencesOf(post);
    // The person's own questions stay at the end of the last round: a round that is only a
    // question ("How do people climb out of this?") gives the counselor nothing to reflect.
    const asks = sentences.filter((s) => s.ask);
    const story = sentences.filter((s) => !s.ask);
    const rounds = Math.min(3, Math.max(1, Math.ceil(story.length / 3)));
    const groups: Sentence[][] = [];
    if (!story.length) groups.push(asks);
    else {
      const size = Math.ceil(story.length / rounds);
      for (let i = 0; i < story.length; i += size) groups.push(story.slice(i, i + size));
      groups[groups.length - 1].push(...asks);
    }
    const title = post.title.trim();
    const turns = groups.map((g) => g.map((s) => s.text).join(" "));
    // The title often says it best ("Constant what-ifs"): it opens the first turn unless the body repeats it.
    if (title && !turns[0].toLowerCase().includes(title.toLowerCase())) turns[0] = `${/[.!?]$/.test(title) ? title : `${title}.`} ${turns[0]}`;
    const themes = groups.map((g, i) => {
      const counts = new Map<string, number>();
      for (const s of g) if (s.theme) counts.set(s.theme, (counts.get(s.theme) ?? 0) + 1);
      const theme = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      return theme ?? (i === 0 ? "what brings them here" : "more of their story");
    });
    return { themes, turns: turns.filter((t) => t.trim()) };
  },
};
