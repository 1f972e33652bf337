import { mkdtempSync, rmSync, statSync, writeFileSync, utimesSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createCheckpointer, redactUrl } from "../../persistence/checkpointer.js";
import { freePort } from "../../retrieval/chroma-server.js";

const dir = mkdtempSync(join(tmpdir(), "psyllm-checkpointer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("checkpointer selection", () => {
  it("uses SQLite when given a path, even with DATABASE_URL set, and closes idempotently", async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgres://nobody@127.0.0.1:1/none";
    try {
      const path = join(dir, "nested", "s.sqlite");
      const opened = await createCheckpointer({ sqlitePath: path });
      expect(opened).toMatchObject({ kind: "sqlite", location: path });
      await opened.close();
      await opened.close();
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });

  it("never treats an emptied store as new: a 0-byte SQLite file is refused; a new store is never left empty", async () => {
    const fresh = join(dir, "fresh.sqlite");
    await (await createCheckpointer({ sqlitePath: fresh })).close();
    expect(statSync(fresh).size).toBeGreaterThan(0); // tables at once, so an empty file means truncation
    const truncated = join(dir, "truncated.sqlite");
    writeFileSync(truncated, "");
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(truncated, earlier, earlier); // emptied a while ago, not being created now
    await expect(createCheckpointer({ sqlitePath: truncated })).rejects.toThrow(/session store .*truncated\.sqlite is empty \(0 bytes\)/);
    expect(statSync(truncated).size).toBe(0); // left as it was
  });

  it("waits for another process that is creating the same new store, instead of calling it truncated", async () => {
    const made = join(dir, "made.sqlite");
    await (await createCheckpointer({ sqlitePath: made })).close();
    const racing = join(dir, "racing.sqlite");
    writeFileSync(racing, ""); // the other process has just created the file ...
    setTimeout(() => copyFileSync(made, racing), 300); // ... and writes its tables a moment later
    const opened = await createCheckpointer({ sqlitePath: racing });
    expect(statSync(racing).size).toBeGreaterThan(0);
    await opened.close();
  });

  it("fails with an error naming the database, password hidden, when Postgres is unreachable", async () => {
    const port = await freePort();
    const url = `postgres://psyllm:s3cret-pw@127.0.0.1:${port}/sessions`;
    const error = (await createCheckpointer({ databaseUrl: url }).catch((e: Error) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(new RegExp(`cannot open the Postgres checkpointer at postgres://psyllm:\\*\\*\\*@127\\.0\\.0\\.1:${port}/sessions: .*ECONNREFUSED`));
    expect(error.message).not.toContain("s3cret-pw");
  });

  it("refuses a URL that is not postgres://, and redacts passwords for logs", async () => {
    await expect(createCheckpointer({ databaseUrl: "mysql://root:pw@db/x" })).rejects.toThrow(/must be a postgres:\/\/ URL, got mysql:\/\/root:\*\*\*@db\/x/);
    expect(redactUrl("postgresql://a:b@h:5/d")).toBe("postgresql://a:***@h:5/d");
    expect(redactUrl("postgres://a@h/d")).toBe("postgres://a@h/d");
    expect(redactUrl("not a url")).not.toContain("not a url");
  });
});
