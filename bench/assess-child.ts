/** Runs `assess` in this process and prints {seconds, peakRssMb} (for bench/assess-scale.ts). */
import { runAssess } from "../cli/assess.js";

const [input, output, workers] = process.argv.slice(2);
const t0 = performance.now();
const code = await runAssess(["--input", input!, "--output", output!, ...(Number(workers) > 1 ? ["--workers", workers!] : [])]);
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ seconds: Math.round(seconds * 10) / 10, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
process.exit(code);
