import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "psyllm-chat-"));

/** Runs `chat` with piped input, like a script or a person pasting lines. */
function chat(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", "chat", "--db", join(dir, "sessions.sqlite"), ...args], {
      env: { ...process.env, PSYLLM_CHROMA_DIR: join(dir, "chroma") },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("chat command", () => {
  it("persists a session in SQLite and resumes it by thread id after a restart", async () => {
    const first = await chat(["--thread", "resume-me"], "I've been feeling really low and I can't sleep.\n");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/counselor> /);
    const second = await chat(["--thread", "resume-me"], "/assessment\nIt's been about three weeks.\n/quit\n");
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Resuming thread resume-me \(1 turns so far\)/);
    expect(second.stdout).toMatch(/assessment \(provisional; for clinicians\)/);
    expect(second.stdout).toMatch(/differential:/);
    const third = await chat(["--thread", "resume-me"], "");
    expect(third.stdout).toMatch(/\(2 turns so far\)/);
  }, 90_000);

  it("starts a fresh thread and tells the person how to resume it", async () => {
    const r = await chat([], "hello\n");
    expect(r.stdout).toMatch(/resume later with: psyllm chat --thread [0-9a-f-]{36}/);
  }, 60_000);

  it("says when a --thread id is not found (a new thread, not a resumed one) and refuses a blank id", async () => {
    const unknown = await chat(["--thread", "never-seen-before"], "hello\n");
    expect(unknown.code).toBe(0);
    expect(unknown.stdout).toMatch(/No thread "never-seen-before" in this session store: starting a new thread/);
    const blank = await chat(["--thread", ""], "hello\n");
    expect(blank.code).toBe(2);
    expect(blank.stderr).toMatch(/--thread needs a thread id/);
  }, 60_000);

  it("says once when the model cannot be reached and psyllm answers offline", async () => {
    const r = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", "chat", "--db", join(dir, "fallback.sqlite"), "--model", "openai:unreachable", "--base-url", "http://127.0.0.1:9/v1"], {
        env: { ...process.env, PSYLLM_CHROMA_DIR: join(dir, "chroma"), PSYLLM_MODEL_TIMEOUT_MS: "500", PSYLLM_MODEL_MAX_RETRIES: "0" },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", () => resolve({ stdout, stderr }));
      child.stdin.end("I feel low and tired\nand I cannot sleep\n");
    });
    expect(r.stdout.match(/counselor> /g)?.length).toBe(3); // greeting + two replies, offline
    expect(r.stderr.match(/could not be reached or did not answer in time, so psyllm answered offline/g)?.length).toBe(1);
  }, 60_000);
});
