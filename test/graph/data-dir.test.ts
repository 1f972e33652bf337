import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureConfiguration, userDataDir } from "../../graphs/configuration.js";
import { createCounselor } from "../../graphs/counselor.js";
import { cliDataDir } from "../../cli/args.js";
import { emptyRetriever } from "../fixtures/fake-retriever.js";

describe("where psyllm keeps its data", () => {
  const dir = mkdtempSync(join(tmpdir(), "psyllm-datadir-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("defaults to the per-user data folder of each platform, never the working directory", () => {
    expect(userDataDir({}, "linux", "/home/ana")).toBe("/home/ana/.local/share/psyllm");
    expect(userDataDir({ XDG_DATA_HOME: "/data/ana" }, "linux", "/home/ana")).toBe("/data/ana/psyllm");
    expect(userDataDir({}, "darwin", "/Users/ana")).toBe("/Users/ana/Library/Application Support/psyllm");
    expect(userDataDir({ LOCALAPPDATA: "C:/Users/ana/AppData/Local" }, "win32", "C:/Users/ana")).toBe(join("C:/Users/ana/AppData/Local", "psyllm"));
    const saved = process.env.PSYLLM_DATA_DIR;
    delete process.env.PSYLLM_DATA_DIR;
    try {
      expect(ensureConfiguration().dataDir).toBe(userDataDir());
      expect(ensureConfiguration().chromaDataDir).toBe(join(userDataDir(), "chroma"));
    } finally {
      if (saved !== undefined) process.env.PSYLLM_DATA_DIR = saved;
    }
  });

  it("takes dataDir from the option, then PSYLLM_DATA_DIR; Chroma's folder follows unless set", () => {
    expect(ensureConfiguration({ configurable: { dataDir: "/srv/psyllm" } }).chromaDataDir).toBe("/srv/psyllm/chroma");
    expect(ensureConfiguration({ configurable: { dataDir: "/srv/psyllm", chromaDataDir: "/fast/chroma" } }).chromaDataDir).toBe("/fast/chroma");
    const saved = process.env.PSYLLM_DATA_DIR;
    process.env.PSYLLM_DATA_DIR = "/var/lib/psyllm";
    try {
      expect(ensureConfiguration().dataDir).toBe("/var/lib/psyllm");
      expect(ensureConfiguration({ configurable: { dataDir: "/srv/x" } }).dataDir).toBe("/srv/x");
    } finally {
      if (saved === undefined) delete process.env.PSYLLM_DATA_DIR;
      else process.env.PSYLLM_DATA_DIR = saved;
    }
  });

  it("the counselor keeps its default SQLite sessions in dataDir", async () => {
    const dataDir = join(dir, "app-data");
    // DATABASE_URL (set in CI for the Postgres tests) would choose Postgres over the default SQLite.
    const savedDb = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const counselor = await createCounselor({ dataDir, configuration: { retriever: emptyRetriever() } });
      await counselor.send("t1", "I keep arguing with my brother");
      await counselor.close();
    } finally {
      if (savedDb !== undefined) process.env.DATABASE_URL = savedDb;
    }
    expect(existsSync(join(dataDir, "sessions.sqlite"))).toBe(true);
  });

  it("the command line run from a checkout keeps ./.psyllm unless told otherwise", () => {
    const saved = process.env.PSYLLM_DATA_DIR;
    delete process.env.PSYLLM_DATA_DIR;
    try {
      expect(cliDataDir()).toBe(".psyllm"); // this test imports the TypeScript source, as a checkout runs it
      expect(cliDataDir("/tmp/elsewhere")).toBe("/tmp/elsewhere");
      process.env.PSYLLM_DATA_DIR = "/var/lib/psyllm";
      expect(cliDataDir()).toBeUndefined(); // ensureConfiguration reads the variable
    } finally {
      if (saved === undefined) delete process.env.PSYLLM_DATA_DIR;
      else process.env.PSYLLM_DATA_DIR = saved;
    }
  });
});
