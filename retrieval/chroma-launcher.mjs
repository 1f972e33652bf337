#!/usr/bin/env node
/**
 * Runs the Chroma server CLI (`chroma run --path DIR ...`) from the native chromadb-js-bindings
 * package, choosing a build that loads on this machine. Plain JavaScript so it runs under plain
 * `node`, in the checkout and in an installed package alike.
 *
 * Why not chromadb's own `chroma` script: chromadb asks for the newest 1.x binding, whose Linux
 * build needs glibc 2.38+, so on Debian 12, Ubuntu 22.04 and the node:20 images it exits at
 * once ("GLIBC_2.38 not found"). psyllm depends on a build that runs on glibc 2.34+ and tries
 * it first; chromadb's own copy comes next (other platforms, newer systems). When none loads,
 * the first line of each error is printed and the process exits with code 3.
 *
 * The server runs in a worker thread (the binding's cli() never returns); the main thread
 * watches the process that started it and ends the server when that process is gone — kill -9
 * included, which no signal reports — so no Chroma outlives psyllm.
 */
import { createRequire } from "node:module";
import os from "node:os";
import { isMainThread, Worker, workerData } from "node:worker_threads";

const NAMES = {
  "darwin-arm64": "chromadb-js-bindings-darwin-arm64",
  "darwin-x64": "chromadb-js-bindings-darwin-x64",
  "linux-arm64": "chromadb-js-bindings-linux-arm64-gnu",
  "linux-x64": "chromadb-js-bindings-linux-x64-gnu",
  "win32-x64": "chromadb-js-bindings-win32-x64-msvc",
  "win32-arm64": "chromadb-js-bindings-win32-arm64-msvc",
};

/** The first binding build that loads here, or exits 3 saying why none does. */
function chooseBinding() {
  const name = NAMES[`${os.platform()}-${os.arch()}`];
  if (!name) {
    console.error(`psyllm chroma launcher: Chroma has no build for ${os.platform()}-${os.arch()}; set CHROMA_URL to a Chroma server`);
    process.exit(3);
  }
  const ours = createRequire(import.meta.url);
  const paths = [];
  try {
    paths.push(ours.resolve(name));
  } catch {
    /* not installed next to psyllm (another platform) */
  }
  try {
    // chromadb's own binding, resolved from chromadb's folder (npm may nest it there).
    paths.push(createRequire(ours.resolve("chromadb")).resolve(name));
  } catch {
    /* chromadb's optional binding missing */
  }
  const tried = [];
  for (const path of [...new Set(paths)]) {
    try {
      ours(path);
      return path;
    } catch (error) {
      tried.push(`${path}: ${String(error?.message ?? error).split("\n")[0]}`);
    }
  }
  console.error(`psyllm chroma launcher: no ${name} build loads on this machine`);
  for (const line of tried.length ? tried : [`${name} is not installed (npm install chromadb)`]) console.error(`  ${line}`);
  process.exit(3);
}

if (!isMainThread) {
  // The worker: run the server with the binding the main thread chose (blocks this thread).
  createRequire(import.meta.url)(workerData.path).cli(workerData.args);
} else {
  const path = chooseBinding();
  const parent = process.ppid;
  // process.exit() would wait for the worker, which is inside the server's native loop and never
  // yields: end the whole process at once instead.
  const end = () => process.kill(process.pid, "SIGKILL");
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, end);
  const worker = new Worker(new URL(import.meta.url), { workerData: { path, args: ["chroma", ...process.argv.slice(2)] } });
  worker.on("error", (error) => {
    console.error(`psyllm chroma launcher: ${String(error?.message ?? error).split("\n")[0]}`);
    process.exit(1);
  });
  worker.on("exit", (code) => process.exit(code ?? 0));
  setInterval(() => {
    if (process.ppid !== parent) end();
  }, 250);
}
