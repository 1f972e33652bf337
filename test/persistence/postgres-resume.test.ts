/**
 * Sessions in PostgreSQL (the many-workers set-up). Needs a server: PSYLLM_TEST_DATABASE_URL,
 * which .ci/run provides through scripts/start-test-postgres.sh. In CI a missing server fails
 * the run; locally the tests are skipped with the reason printed.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createCounselor } from "../../graphs/counselor.js";
import { createCheckpointer } from "../../persistence/checkpointer.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";
import { LOW_MOOD, resumeSuite } from "./resume-suite.js";

const url = process.env.PSYLLM_TEST_DATABASE_URL;
const inCI = /^(true|1)$/i.test(process.env.CI ?? "");
if (!url && !inCI) {
  console.warn("postgres-resume: skipped — PSYLLM_TEST_DATABASE_URL is not set (start a server with: eval \"$(scripts/start-test-postgres.sh)\")");
}

describe.runIf(!url && inCI)("PostgreSQL in CI", () => {
  it("has a test server", () => {
    expect.fail("CI=true but PSYLLM_TEST_DATABASE_URL is not set: .ci/run must start PostgreSQL (scripts/start-test-postgres.sh)");
  });
});

describe.skipIf(!url)("PostgreSQL sessions across a restart", () => {
  const configuration = { retriever: emptyRetriever(), now: "2026-11-23T12:00:00Z" };
  // Each call opens a new connection pool: a restarted worker, or another worker, on the same database.
  resumeSuite(() => createCounselor({ databaseUrl: url, configuration }));

  const schemas: string[] = [];
  afterAll(async () => {
    if (!schemas.length) return;
    const { saver, close } = await createCheckpointer({ databaseUrl: url });
    const pool = (saver as unknown as { pool: { query(sql: string): Promise<unknown> } }).pool;
    for (const s of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await close();
  });

  it("resumes a CLI chat in a new process from DATABASE_URL alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "psyllm-pg-chat-"));
    const chat = (thread: string, input: string) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", "chat", "--thread", thread], {
          env: { ...process.env, DATABASE_URL: url, PSYLLM_CHROMA_DIR: join(dir, "chroma") },
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.stderr.on("data", (d) => (stderr += d));
        child.on("close", (code) => resolve({ code, stdout, stderr }));
        child.stdin.end(input);
      });
    try {
      const thread = `cli-${randomUUID()}`;
      const first = await chat(thread, `${LOW_MOOD}\n`);
      expect(first.code, first.stderr).toBe(0);
      const second = await chat(thread, "/assessment\n");
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toMatch(new RegExp(`Resuming thread ${thread} \\(1 turns so far\\)`));
      // The session is in Postgres (not in a SQLite file the CLI might have fallen back to).
      const direct = await createCounselor({ databaseUrl: url, configuration });
      expect((await direct.state(thread))?.messages[0].content).toBe(LOW_MOOD);
      await direct.close();
      expect(second.stdout).toMatch(/differential:\n\s+(provisional|possible)\s.*F3[23]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("picks Postgres from DATABASE_URL when no path is given, and workers starting together set up the tables once", async () => {
    const schema = `psyllm_setup_${randomUUID().slice(0, 8)}`;
    schemas.push(schema);
    // Six workers starting at once on an empty schema: without the set-up lock they race through the migrations.
    const opened = await Promise.all(Array.from({ length: 6 }, () => createCheckpointer({ databaseUrl: url, schema })));
    expect(opened.map((o) => o.kind)).toEqual(Array(6).fill("postgres"));
    await Promise.all(opened.map((o) => o.close()));

    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    try {
      const thread = `env-${randomUUID()}`;
      const a = await createCounselor({ configuration });
      await a.send(thread, LOW_MOOD);
      await a.close();
      const b = await createCounselor({ configuration });
      expect((await b.state(thread))?.turn).toBe(1);
      await b.close();
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
