/**
 * The library API apps embed: one counselor, many threads.
 *
 *   const counselor = await createCounselor();
 *   const turn = await counselor.send("thread-1", "I can't sleep and nothing feels fun");
 *   console.log(turn.response);
 *   await counselor.close();
 */
import type { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import { join } from "node:path";
import { HumanMessage } from "@langchain/core/messages";
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { createCheckpointer } from "../persistence/checkpointer.js";
import { closeRetrievers } from "../retrieval/retriever.js";
import { assessmentFromState, type AssessmentOutput } from "./assessment.js";
import { ensureConfiguration, type EscalationHook } from "./configuration.js";
import { builder, GRAPH_NAME } from "./counseling.js";
import { flushTraces, tracingConfig } from "./tracing.js";
import { MODEL_TASKS, usesModel } from "./models.js";
import { validateUserMessage } from "./input-validation.js";
import type { CounselingOutputType, CounselingStateType } from "./state.js";
import { inProcessLocks, type ThreadLocks } from "../persistence/thread-lock.js";

export interface CounselorOptions {
  /**
   * Where sessions persist; pass any LangGraph checkpointer. Default: Postgres when `databaseUrl`
   * or DATABASE_URL is set, else SQLite at `<dataDir>/sessions.sqlite` (persistence/checkpointer.ts).
   */
  checkpointer?: BaseCheckpointSaver;
  /** SQLite file for the default checkpointer (wins over DATABASE_URL). */
  sqlitePath?: string;
  /**
   * Folder for psyllm's data (sessions, the self-started Chroma's index); the same as
   * `configuration.dataDir`. Default: PSYLLM_DATA_DIR, else the per-user data folder
   * (~/.local/share/psyllm on Linux), never the app's working directory.
   */
  dataDir?: string;
  /** PostgreSQL connection string for the default checkpointer (wins over everything else). */
  databaseUrl?: string;
  /** Configuration (see graphs/configuration.ts): model, locale, chromaUrl, thresholds... */
  configuration?: Record<string, unknown>;
  /** Called when a turn escalates, so the app can alert a human. */
  onEscalation?: EscalationHook;
  /**
   * When the checkpoint is written. Default: offline "exit" (once per turn, when the graph exits;
   * ~5 ms per turn less than saving every step); with a model "sync" (every step saved before the
   * next, so the person's message is on disk before any model call and a turn killed mid-call
   * loses nothing they said). A turn that fails with an error (e.g. Chroma down) is saved as far
   * as it got — the person's message and the intake reading, no reply.
   */
  durability?: "exit" | "async" | "sync";
  /** LangChain callback handlers for every run (local trace collectors, custom tracers). */
  callbacks?: BaseCallbackHandler[];
  /**
   * How long a turn waits for another turn of the same thread (in this or another process) to
   * finish before failing with ThreadBusyError (code "THREAD_BUSY"). Default 60 s.
   */
  threadWaitMs?: number;
}

/** One turn's result: the reply for the person and the assessment for the app. */
export interface CounselorTurn extends AssessmentOutput {
  threadId: string;
}

/** What `stream` yields. */
export type StreamEvent =
  | { node: string; update: Record<string, unknown> }
  /** A piece of the reply as the reply model writes it; `id` is the id the saved reply message gets. */
  | { token: string; id?: string }
  | { done: CounselorTurn };

export interface Counselor {
  /** Sends the person's message on a thread and returns the reply with the assessment. */
  send(threadId: string, text: string): Promise<CounselorTurn>;
  /**
   * Same turn, yielding each node's update as it finishes (for progressive UIs), the reply
   * model's tokens as they arrive (`token`; only with a reply model; never its reasoning), then
   * the result. The `done` reply is the one that passed the safety check (and merged the
   * model's reading, which may add a question or resources): show it in place of the draft.
   */
  stream(threadId: string, text: string): AsyncGenerator<StreamEvent>;
  /** The thread's current assessment, or null for an unknown thread. */
  assessment(threadId: string): Promise<CounselorTurn | null>;
  /** Full graph state of a thread (for clinicians' tools). */
  state(threadId: string): Promise<CounselingStateType | null>;
  /** Releases the checkpointer and any Chroma server this process started, and waits until its traces are sent. */
  close(): Promise<void>;
}

export async function createCounselor(options: CounselorOptions = {}): Promise<Counselor> {
  const configurable = {
    ...options.configuration,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.onEscalation ? { onEscalation: options.onEscalation } : {}),
  };
  const resolved = ensureConfiguration({ configurable }); // fail fast on bad configuration, before any turn (and before opening a database)
  let checkpointer = options.checkpointer;
  let closeCheckpointer = async () => {};
  // One turn at a time per thread: across processes on psyllm's own stores, in this process on an app's.
  let locks: ThreadLocks = inProcessLocks();
  if (!checkpointer) {
    const opened = await createCheckpointer({ databaseUrl: options.databaseUrl, sqlitePath: options.sqlitePath, defaultSqlitePath: join(resolved.dataDir, "sessions.sqlite") });
    checkpointer = opened.saver;
    closeCheckpointer = opened.close;
    locks = opened.locks;
  }
  const waitMs = options.threadWaitMs ?? 60_000;
  const app = builder.compile({ checkpointer, name: GRAPH_NAME });
  // With a model, every step is saved before the next starts ("sync"): the person's message and
  // the intake reading are on disk before any model call, so a turn killed while a model answers
  // loses nothing they said. Offline turns take milliseconds and save once, at the end ("exit").
  const durability = options.durability ?? (MODEL_TASKS.some((task) => usesModel(task, resolved)) ? "sync" : "exit");
  // LangSmith through psyllm's own tracer (secrets redacted, content hidden when asked); secret-
  // named configurable values are pre-set in metadata so no callback sees them (graphs/tracing.ts).
  const tracing = tracingConfig(configurable, { runName: GRAPH_NAME, hideContent: resolved.hideContent, callbacks: options.callbacks });
  const runConfig = (threadId: string) => ({ durability, ...tracing, configurable: { ...configurable, thread_id: threadId } });

  const checkThread = (threadId: string) => {
    if (typeof threadId !== "string" || !threadId.trim()) throw new Error("threadId must be a non-empty string");
  };
  const readState = async (threadId: string): Promise<CounselingStateType | null> => {
    const snapshot = await app.getState(runConfig(threadId));
    const values = snapshot.values as CounselingStateType;
    return values && values.turn ? values : null;
  };

  return {
    async send(threadId, text) {
      checkThread(threadId);
      const message = validateUserMessage(text);
      const release = await locks.acquire(threadId, waitMs);
      try {
        const state = (await app.invoke({ messages: [new HumanMessage(message)] }, runConfig(threadId))) as CounselingOutputType;
        return { threadId, ...assessmentFromState(threadId, state) };
      } finally {
        await release();
      }
    },
    async *stream(threadId, text) {
      checkThread(threadId);
      const message = validateUserMessage(text);
      const release = await locks.acquire(threadId, waitMs);
      try {
        const stream = await app.stream({ messages: [new HumanMessage(message)] }, { ...runConfig(threadId), streamMode: ["updates", "custom"] });
        for await (const [mode, chunk] of stream as AsyncIterable<[string, unknown]>) {
          if (mode === "custom") {
            // The reply's visible tokens (reasoning held back), written by respond as they arrive.
            const { token, id } = (chunk ?? {}) as { token?: unknown; id?: unknown };
            if (typeof token === "string" && token) yield { token, ...(typeof id === "string" ? { id } : {}) };
            continue;
          }
          for (const [node, update] of Object.entries(chunk as Record<string, Record<string, unknown>>)) yield { node, update };
        }
        const state = await readState(threadId);
        if (state) yield { done: { threadId, ...assessmentFromState(threadId, state) } };
      } finally {
        await release();
      }
    },
    async assessment(threadId) {
      checkThread(threadId);
      const state = await readState(threadId);
      return state ? { threadId, ...assessmentFromState(threadId, state) } : null;
    },
    state: readState,
    async close() {
      await closeCheckpointer();
      await closeRetrievers();
      await flushTraces();
    },
  };
}
