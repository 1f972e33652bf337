/**
 * `npm run studio`: the LangGraph API server for LangGraph Studio, on port 2025 by default
 * (2024, the CLI's default, is often taken). `--port N` or PSYLLM_STUDIO_PORT to change it. The
 * server keeps its data in ./.psyllm like the other commands run from a checkout (PSYLLM_DATA_DIR
 * to change it). SIGINT, SIGTERM, SIGHUP or the parent's exit stop the server and its children.
 */
import { parseArgs } from "node:util";
import { startStudioServer } from "./studio-server.js";

const { values } = parseArgs({ options: { port: { type: "string" } }, strict: true });
const port = Number(values.port ?? process.env.PSYLLM_STUDIO_PORT ?? 2025);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`psyllm: invalid port "${values.port ?? process.env.PSYLLM_STUDIO_PORT}"`);
  process.exit(2);
}
try {
  const server = await startStudioServer({ port, inheritOutput: true });
  console.log(`\npsyllm API server: ${server.url}\nLangGraph Studio: ${server.studioUrl}\n(graph "counseling"; Ctrl-C to stop)`);
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    void server.stop().then(() => process.exit(0));
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, shutdown);
  // `npm run studio` runs this under `sh -c`, and SIGTERM to npm ends npm and the shell without
  // reaching this process: when the parent goes, the server, its workers and Chroma go too.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && shutdown(), 500).unref();
  process.exit((await server.exited) ?? 0);
} catch (error) {
  console.error(`psyllm: ${(error as Error).message}`);
  process.exit(1);
}
