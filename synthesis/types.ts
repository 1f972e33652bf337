/**
 * Shapes of the synthesis pipeline: posts in, dialogues with reasoning out.
 */

/** A help-seeking post after ingestion. */
export interface Post {
  /** The input's id: used to resume, never written (outputs carry a keyed hash of it, see `datasetId`). */
  id: string;
  /** The author's name, only to scrub mentions of it from the text; never written. */
  author?: string;
  /** 1-based line (JSONL, CSV) or position (folder) in the input, for reports. */
  line?: number;
  /** Where it came from: subreddit, file name... */
  source: string;
  title: string;
  body: string;
  /** Seconds since the epoch, when known. */
  createdUtc?: number;
}

/** Why a post or line was not used. Stable ids for the dataset card. */
export type SkipReason =
  | "malformed_line"
  | "unreadable"
  | "removed"
  | "deleted"
  | "empty"
  | "too_short"
  | "non_english"
  | "duplicate_id"
  | "near_duplicate"
  /** A reply, advice, announcement, discussion or "doing better" update: not a person asking for help. */
  | "not_help_seeking";

export interface Skip {
  reason: SkipReason;
  /** Post id when known. */
  id?: string;
  /** 1-based line number in the input, for lines and CSV rows. */
  line?: number;
  detail: string;
}

/** Notes about a usable post that does not stop it (kept for the report). */
export interface PostNote {
  id: string;
  kind: "deleted_author" | "pii_scrubbed";
  detail: string;
}

/** One counselor turn with its hidden reasoning. */
export interface CounselorTurn {
  /** The reasoning trace: symptoms → criteria → differential → modality → risk. */
  think: string;
  /** What the counselor says (no diagnostic labels). */
  content: string;
}

/** A synthesised dialogue. */
export interface Dialogue {
  /** The dataset id: a keyed hash of the post id (the post id itself is never written). */
  postId: string;
  /** Themes planned for the rounds (1–3). */
  themes: string[];
  /** Alternating turns, client first. */
  turns: Array<{ role: "client"; content: string } | ({ role: "counselor" } & CounselorTurn)>;
  /** Summary of the graph's assessment after the last turn, for the card and filters. */
  assessment: {
    conditions: Array<{ icd10cm: string; icd11: string; name: string; status: string }>;
    problems: Array<{ icd10cm: string; name: string }>;
    modality: string | null;
    riskLevel: string;
    escalate: boolean;
  };
}

/** What happened to one usable post (one line of records.jsonl, the resume journal). */
export interface PostRecord {
  /** The dataset id (keyed hash of the post id). */
  postId: string;
  /** "crisis": the post carries risk; its dialogue follows the crisis protocol and goes to the crisis set only. */
  status: "kept" | "rejected" | "crisis";
  /** Where the post was in the input (line or position), for reports. */
  line?: number;
  /** Why rejected or set apart. */
  reasons: string[];
  /** Quality scores (0–1) per check. */
  scores: Record<string, number>;
  dialogue?: Dialogue;
  /** PII placeholders inserted, by type. */
  pii: Record<string, number>;
  /** Per counselor turn, which quality checks passed (for the card's pass rates). */
  checks?: Array<Record<string, boolean>>;
  /** The risk reader over the whole post: level and whether it escalated. */
  postRisk?: { level: string; escalate: boolean };
}
