/**
 * A progress line on stderr (rate, and ETA when the total is known), redrawn in place on a
 * terminal and printed every few seconds otherwise so logs stay readable.
 */
export interface Progress {
  /** `total` may arrive late (a pipeline knows it only after reading its input); it enables the ETA. */
  tick(done: number, note?: string, total?: number): void;
  done(summary: string): void;
}

export function progressReporter(label: string, total?: number): Progress {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastPrint = 0;
  let knownTotal = total;
  const line = (done: number, note?: string) => {
    const total = knownTotal;
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = total && rate > 0 ? ` eta ${Math.max(0, (total - done) / rate).toFixed(0)}s` : "";
    const of = total ? `/${total}` : "";
    return `${label}: ${done}${of} (${rate.toFixed(1)}/s${eta})${note ? ` ${note}` : ""}`;
  };
  return {
    tick(done, note, total) {
      if (total !== undefined) knownTotal = total;
      const now = Date.now();
      if (tty) process.stderr.write(`\r${line(done, note)}\x1b[K`);
      else if (now - lastPrint > 5000 || note) {
        process.stderr.write(`${line(done, note)}\n`);
        lastPrint = now;
      }
    },
    done(summary) {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      process.stderr.write(`${tty ? "\r\x1b[K" : ""}${label}: ${summary} in ${secs}s\n`);
    },
  };
}
