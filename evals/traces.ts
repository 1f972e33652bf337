/**
 * Local traces: every chain, node and model call of an evaluation run as one JSON line
 * (run id, parent id, name, timing, and inputs/outputs unless hidden), so any figure in a
 * report can be traced to the steps that made it — without LangSmith or a network.
 */
import { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import type { Serialized } from "@langchain/core/load/serializable";
import { appendFileSync, writeFileSync } from "node:fs";

interface OpenRun {
  runId: string;
  parentRunId?: string;
  name: string;
  type: "chain" | "llm";
  start: number;
  inputs?: unknown;
  tags?: string[];
}

const clip = (v: unknown) => {
  const s = JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? String(x) : x));
  return s && s.length > 4000 ? `${s.slice(0, 4000)}…` : s;
};

export class LocalTraceHandler extends BaseCallbackHandler {
  name = "psyllm-local-trace";
  private open = new Map<string, OpenRun>();
  /** Set by the runner before each turn, so every line says which case and turn it belongs to. */
  context: { caseId?: string; turn?: number } = {};

  constructor(private path: string, private hideContent = false) {
    super();
    writeFileSync(path, "");
  }

  private begin(type: OpenRun["type"], runId: string, parentRunId: string | undefined, name: string, inputs: unknown, tags?: string[]) {
    this.open.set(runId, { runId, parentRunId, name, type, start: Date.now(), inputs: this.hideContent ? undefined : inputs, tags });
  }

  private end(runId: string, outputs: unknown, error?: unknown) {
    const run = this.open.get(runId);
    if (!run) return;
    this.open.delete(runId);
    const line = {
      ...this.context,
      runId,
      parentRunId: run.parentRunId ?? null,
      name: run.name,
      type: run.type,
      startedAt: new Date(run.start).toISOString(),
      ms: Date.now() - run.start,
      ...(this.hideContent ? {} : { inputs: clip(run.inputs), outputs: clip(outputs) }),
      ...(error ? { error: String((error as Error).message ?? error) } : {}),
    };
    appendFileSync(this.path, JSON.stringify(line) + "\n");
  }

  override async handleChainStart(chain: Serialized, inputs: unknown, runId: string, parentRunId?: string, tags?: string[], _m?: unknown, _t?: string, runName?: string) {
    this.begin("chain", runId, parentRunId, runName ?? chain?.id?.at(-1) ?? "chain", inputs, tags);
  }
  override async handleChainEnd(outputs: unknown, runId: string) {
    this.end(runId, outputs);
  }
  override async handleChainError(error: unknown, runId: string) {
    this.end(runId, undefined, error);
  }
  override async handleLLMStart(llm: Serialized, prompts: string[], runId: string, parentRunId?: string) {
    this.begin("llm", runId, parentRunId, llm?.id?.at(-1) ?? "llm", prompts);
  }
  override async handleChatModelStart(llm: Serialized, messages: unknown, runId: string, parentRunId?: string) {
    this.begin("llm", runId, parentRunId, llm?.id?.at(-1) ?? "chat-model", messages);
  }
  override async handleLLMEnd(output: unknown, runId: string) {
    this.end(runId, output);
  }
  override async handleLLMError(error: unknown, runId: string) {
    this.end(runId, undefined, error);
  }
}
