/**
 * Bounded retries with exponential backoff for model requests. Only transient faults are
 * retried (timeouts, dropped connections, 408/409/429, 5xx); a 400 or 401 will not get
 * better by asking again, so it goes straight to the offline fall-back.
 */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First delay in ms; doubles each retry, with jitter. */
  baseMs: number;
  /** Upper bound on any one delay (a server's Retry-After included). */
  maxDelayMs?: number;
  /** Epoch ms after which no retry starts (the turn's deadline). */
  deadlineAt?: number;
}

/** Status code of an error from the OpenAI client or LangChain's wrapper, if any. */
export function statusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; response?: { status?: unknown }; cause?: unknown };
  if (typeof e?.status === "number") return e.status;
  if (typeof e?.response?.status === "number") return e.response.status;
  if (e?.cause && e.cause !== error) return statusOf(e.cause);
  return undefined;
}

/** True for faults worth another attempt. */
export function isTransient(error: unknown): boolean {
  if ((error as { noRetry?: boolean })?.noRetry) return false;
  const status = statusOf(error);
  if (status !== undefined) return status === 408 || status === 409 || status === 429 || status >= 500;
  const text = `${(error as Error)?.name ?? ""} ${(error as Error)?.message ?? ""} ${(error as { code?: string })?.code ?? ""}`;
  return /timeout|timed out|abort|ECONNRESET|ECONNREFUSED|EPIPE|socket hang up|connection|network|fetch failed|terminated/i.test(text);
}

/** Seconds from a Retry-After header, when the error carries one. */
function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { headers?: Record<string, string> | Headers })?.headers;
  const raw = headers instanceof Headers ? headers.get("retry-after") : headers?.["retry-after"];
  const seconds = raw !== undefined && raw !== null ? Number(raw) : NaN;
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, a non-transient error occurs, or retries run out.
 * `onAttempt` is told of every attempt (to count calls, including failed ones).
 */
export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy, onAttempt?: (error?: unknown) => void): Promise<T> {
  const maxDelay = policy.maxDelayMs ?? 8000;
  for (let i = 0; ; i++) {
    try {
      const value = await attempt();
      onAttempt?.();
      return value;
    } catch (error) {
      onAttempt?.(error);
      if (i >= policy.retries || !isTransient(error)) throw error;
      const backoff = policy.baseMs * 2 ** i * (0.75 + Math.random() * 0.5);
      const delay = Math.min(maxDelay, Math.max(backoff, retryAfterMs(error) ?? 0));
      // A retry that could not finish before the turn's deadline is not worth starting.
      if (policy.deadlineAt && Date.now() + delay + 250 >= policy.deadlineAt) throw error;
      await sleep(delay);
    }
  }
}
