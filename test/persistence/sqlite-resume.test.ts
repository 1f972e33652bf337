import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe } from "vitest";
import { createCounselor } from "../../graphs/counselor.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";
import { resumeSuite } from "./resume-suite.js";

const dir = mkdtempSync(join(tmpdir(), "psyllm-sqlite-resume-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("SQLite sessions across a restart", () => {
  // A new createCounselor on the same file stands for a restarted process.
  resumeSuite(() => createCounselor({ sqlitePath: join(dir, "sessions.sqlite"), configuration: { retriever: emptyRetriever(), now: "2026-11-23T12:00:00Z" } }));
});
