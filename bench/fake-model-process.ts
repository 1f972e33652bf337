/**
 * Runs the fixed-latency model in its own process (as a real model server would be), so its
 * request handling is not counted as the graph's overhead. Prints its URL on stdout.
 *   node --import tsx bench/fake-model-process.ts 300
 */
import { startFixedLatencyModel } from "./fake-model.js";

const latency = Number(process.argv[2] ?? 300);
const server = await startFixedLatencyModel(latency);
process.stdout.write(`${server.url}\n`);
const stop = () => server.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
