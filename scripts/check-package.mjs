#!/usr/bin/env node
/**
 * `npm run check:package` (a CI step): the package as a new user gets it. Packs the tarball,
 * checks what it holds, installs it into an empty app in a temporary folder (from the tarball,
 * as from the registry: no overrides, no checkout), then
 *   1. a plain JavaScript app (`node app.mjs`) imports psyllm and gets a reply offline, with its
 *      data in the per-user data folder, nothing written to the app's folder;
 *   2. a strict TypeScript app (NodeNext, strict, skipLibCheck false) type-checks against the
 *      declarations, which type risk levels precisely;
 *   3. `npx psyllm --help` prints the commands, and `npx psyllm chat` answers piped input;
 *   4. `npx psyllm assess` answers the documented input format, `npx psyllm synthesize` scrubs a
 *      post with the word lists shipped in dist/, `npx psyllm eval` runs the bundled
 *      benchmark and writes its report.
 * Exits 1 naming the first step that fails. Needs the npm registry (or its cache) for the app's
 * install. `--keep` leaves the folder for a look.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const keep = process.argv.includes("--keep");
const work = mkdtempSync(join(tmpdir(), "psyllm-package-"));
const app = join(work, "app");
const started = Date.now();

function step(name) {
  console.log(`check-package: ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
function fail(message) {
  console.error(`check-package: FAILED — ${message}\n  (folder: ${work})`);
  process.exit(1);
}
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20, ...options });
  if (r.status !== 0) fail(`${cmd} ${args.join(" ")} exited ${r.status ?? r.signal}\n${(r.stdout ?? "").slice(-2000)}\n${(r.stderr ?? "").slice(-3000)}`);
  return r.stdout;
}

// 0. The tarball and what it holds.
step("npm pack (builds dist/)");
const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], { cwd: root }))[0];
const files = packed.files.map((f) => f.path);
const stray = files.filter((f) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(f) || /(^|\/)(test|bench|\.ci|scripts|reports|heldout)\//.test(f) || /\.test\.|\.eval\./.test(f));
if (stray.length) fail(`the tarball holds files apps do not need: ${stray.slice(0, 10).join(", ")}`);
for (const needed of ["dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "dist/retrieval/chroma-launcher.mjs", "dist/safety/learned/risk-net.weights.json", "dist/engine/learned/concept-net.weights.json", "dist/engine/learned/dx-net.weights.json", "dist/synthesis/vocab/given-names.txt"]) {
  if (!files.includes(needed)) fail(`the tarball lacks ${needed}`);
}
console.log(`  ${packed.filename}: ${files.length} files, ${(packed.size / 1e6).toFixed(1)} MB`);

// 1. An empty app installs it.
step("installing the tarball into an empty app");
run("mkdir", ["-p", app]);
writeFileSync(join(app, "package.json"), JSON.stringify({ name: "psyllm-consumer", private: true, type: "module" }, null, 2));
const tsVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies;
run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", join(work, packed.filename), `typescript@${tsVersion.typescript}`, `@types/node@${tsVersion["@types/node"]}`], { cwd: app });

const env = { ...process.env, XDG_DATA_HOME: join(work, "xdg"), PSYLLM_DATA_DIR: "", CHROMA_URL: "", PSYLLM_MODEL: "", OPENAI_BASE_URL: "" };
// A new user's machine: no CI database (DATABASE_URL would send sessions to Postgres), no npm script context.
for (const key of ["npm_lifecycle_event", "DATABASE_URL", "PSYLLM_TEST_DATABASE_URL"]) delete env[key];

// 2. Plain JavaScript.
step("plain node: import psyllm, one turn offline");
writeFileSync(
  join(app, "app.mjs"),
  `import { randomUUID } from "node:crypto";
import { createCounselor } from "psyllm";
const counselor = await createCounselor();
const turn = await counselor.send(randomUUID(), "I haven't slept properly in weeks and I dread going to work");
if (typeof turn.response !== "string" || turn.response.length < 40) throw new Error("no reply");
console.log(JSON.stringify({ level: turn.risk.level, reply: turn.response.slice(0, 60) }));
await counselor.close();
`,
);
const out = run("node", ["app.mjs"], { cwd: app, env, timeout: 120_000 });
console.log(`  ${out.trim().split("\n").pop()}`);
if (existsSync(join(app, ".psyllm"))) fail("the library wrote .psyllm into the app's folder");
if (!existsSync(join(work, "xdg/psyllm/sessions.sqlite"))) fail("no sessions in the per-user data folder ($XDG_DATA_HOME/psyllm)");

// 3. Strict TypeScript against the declarations.
step("strict TypeScript (NodeNext, skipLibCheck false)");
writeFileSync(
  join(app, "tsconfig.json"),
  JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: false, noEmit: true, types: ["node"], noUncheckedIndexedAccess: true }, files: ["app.ts"] }, null, 2),
);
writeFileSync(
  join(app, "app.ts"),
  `import { createCounselor, ensureConfiguration, type CounselorTurn, type RiskLevel, type AssessedCondition, type DifferentialStatus } from "psyllm";
const counselor = await createCounselor({ configuration: { locale: "en-GB" } });
const turn: CounselorTurn = await counselor.send("thread-1", "hello");
const level: RiskLevel = turn.risk.level;
// @ts-expect-error risk levels are the C-SSRS levels, not any string
const wrong: RiskLevel = "catastrophic";
const first: AssessedCondition | undefined = turn.differential[0];
const status: DifferentialStatus | undefined = first?.status;
const escalate: boolean = turn.risk.escalate;
console.log(level, wrong, first?.icd10cm, status, escalate, ensureConfiguration().locale);
await counselor.close();
`,
);
run(join(app, "node_modules/.bin/tsc"), ["-p", "."], { cwd: app });

// 4. The command line.
step("npx psyllm --help, and a piped chat");
const help = run("npx", ["--no-install", "psyllm", "--help"], { cwd: app, env });
if (!/commands:/.test(help) || !/psyllm chat/.test(help)) fail(`psyllm --help did not list the commands:\n${help.slice(0, 500)}`);
const chat = run("npx", ["--no-install", "psyllm", "chat"], { cwd: app, env, input: "I keep arguing with my sister and I feel awful after\n", timeout: 120_000 });
if (!/counselor> .{40,}/.test(chat.split("you>").pop() ?? "")) fail(`psyllm chat gave no reply:\n${chat.slice(-800)}`);

step("npx psyllm assess (the documented format) and eval (the bundled benchmark)");
writeFileSync(join(app, "cases.jsonl"), `${JSON.stringify({ id: "c1", messages: ["I have felt flat for weeks", { role: "user", content: "and I barely sleep" }] })}\n`);
run("npx", ["--no-install", "psyllm", "assess", "--input", "cases.jsonl", "--output", "out.jsonl", "--workers", "2"], { cwd: app, env, timeout: 120_000 });
const assessed = JSON.parse(readFileSync(join(app, "out.jsonl"), "utf8").trim());
if (assessed.id !== "c1" || typeof assessed.response !== "string" || !assessed.risk) fail(`assess wrote no answer: ${JSON.stringify(assessed).slice(0, 300)}`);
run("npx", ["--no-install", "psyllm", "eval", "--limit", "2", "--report", "eval-report"], { cwd: app, env, timeout: 180_000 });
if (!existsSync(join(app, "eval-report/report.html"))) fail("psyllm eval wrote no report");

step("npx psyllm synthesize (the PII word lists load from dist/)");
const post = { id: "t3_check1", subreddit: "Anxiety", author: "quietmoth_22", title: "Can't switch off", selftext: "Jake Morrison and I split up in March and since then I lie awake until 4 most nights here in Duluth. I work at Target and keep making mistakes on the till. How do I get my sleep back?" };
writeFileSync(join(app, "posts.jsonl"), `${JSON.stringify(post)}\n`);
run("npx", ["--no-install", "psyllm", "synthesize", "--input", "posts.jsonl", "--output", "synth"], { cwd: app, env, timeout: 120_000 });
const written = readdirSync(join(app, "synth")).map((f) => readFileSync(join(app, "synth", f), "utf8")).join("\n");
for (const detail of ["Jake", "Morrison", "Duluth", "Target", "quietmoth_22", "t3_check1"]) if (written.includes(detail)) fail(`synthesize wrote "${detail}" (a personal detail or post id) to its output`);
if (!/\[NAME_1\]/.test(written)) fail("synthesize wrote no dialogue with the name replaced");

step(`passed (${readdirSync(join(app, "node_modules")).length} packages in the app)`);
if (!keep) rmSync(work, { recursive: true, force: true });
