/**
 * A circuit breaker per endpoint and model: after `threshold` failed calls in a row (faults,
 * timeouts or unusable answers after repair), the model is skipped for `coolDownMs` and every
 * node uses the offline engine at once; then one call is let through (half-open) and its result
 * closes or re-opens the circuit. A dead or hanging endpoint costs a few calls, not every turn.
 */

export interface CircuitSettings {
  /** Failed calls in a row that open the circuit. */
  circuitThreshold: number;
  /** How long an open circuit skips the model, in ms. */
  circuitCoolDownMs: number;
}

interface Circuit {
  failures: number;
  openUntil: number;
  /** True while the one trial call of a half-open circuit is out. */
  trial: boolean;
}

const circuits = new Map<string, Circuit>();

export type CircuitState = "closed" | "open" | "half-open";

function get(key: string): Circuit {
  let c = circuits.get(key);
  if (!c) circuits.set(key, (c = { failures: 0, openUntil: 0, trial: false }));
  return c;
}

/** Whether a call may go out now, and the circuit's state. */
export function admit(key: string, settings: CircuitSettings, now = Date.now()): { allowed: boolean; state: CircuitState } {
  const c = get(key);
  if (c.failures < settings.circuitThreshold) return { allowed: true, state: "closed" };
  if (now < c.openUntil) return { allowed: false, state: "open" };
  if (c.trial) return { allowed: false, state: "half-open" };
  c.trial = true;
  return { allowed: true, state: "half-open" };
}

/** Records a call's outcome. */
export function record(key: string, ok: boolean, settings: CircuitSettings, now = Date.now()): CircuitState {
  const c = get(key);
  c.trial = false;
  if (ok) {
    c.failures = 0;
    c.openUntil = 0;
    return "closed";
  }
  c.failures++;
  if (c.failures >= settings.circuitThreshold) {
    c.openUntil = now + settings.circuitCoolDownMs;
    return "open";
  }
  return "closed";
}

/** The state without changing it (for the record). */
export function circuitState(key: string, settings: CircuitSettings, now = Date.now()): CircuitState {
  const c = circuits.get(key);
  if (!c || c.failures < settings.circuitThreshold) return "closed";
  return now < c.openUntil ? "open" : "half-open";
}

/** Forgets every circuit (tests, or an app that fixed its endpoint). */
export function resetCircuits(): void {
  circuits.clear();
}
