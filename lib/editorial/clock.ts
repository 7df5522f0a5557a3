import { randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// The newsroom's clock: every second each app instance asks itself (over loopback, so
// that the work runs inside a route handler where Next's cache can be expired) to publish
// due stories and to expire the cache tags that any instance recorded as stale, and to send
// due mail. Timers only trigger; the database decides what is due and who does it. Each job
// runs alone, so a slow mail server never holds up publishing.

export const TICK_HEADER = "x-khabar-tick";
const INTERVAL_MS = 1_000;

const clockState = globalThis as unknown as { khabarTickToken?: string; khabarClock?: ReturnType<typeof setInterval> };

/** The per-process secret that the tick route checks, so that only this process can trigger it. */
export function tickToken(): string | undefined {
  return clockState.khabarTickToken;
}

/** Whether a request to an internal route comes from this process's clock; anyone else gets 404. */
export function isOwnClock(request: Request): boolean {
  const expected = tickToken();
  const given = request.headers.get(TICK_HEADER);
  if (!expected || !given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** The internal routes the clock calls every second, each on its own; the wire's only where agencies drop files. */
const JOBS = ["/api/internal/tick", "/api/internal/mail", ...(env.WIRE_DROP_DIR ? (["/api/internal/wire"] as const) : [])] as const;
type Job = (typeof JOBS)[number];

async function tick(path: Job) {
  try {
    const response = await fetch(`http://127.0.0.1:${env.PORT}${path}`, {
      method: "POST",
      headers: { [TICK_HEADER]: clockState.khabarTickToken! },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok && response.status !== 503) console.error(`Editorial clock: ${path} answered ${response.status}`);
  } catch (error) {
    // The server is still starting or stopping; the next tick tries again.
    if (!(error instanceof Error && /ECONNREFUSED|aborted|timeout/i.test(`${error.message} ${String(error.cause)}`))) {
      console.error("Editorial clock: tick failed", error);
    }
  }
}

export function startEditorialClock() {
  if (clockState.khabarClock) return;
  clockState.khabarTickToken = randomBytes(24).toString("base64url");
  const running = new Set<string>();
  const runJob = async (path: Job) => {
    if (running.has(path)) return;
    running.add(path);
    try {
      await tick(path);
    } finally {
      running.delete(path);
    }
  };
  const run = () => JOBS.forEach((path) => void runJob(path));
  clockState.khabarClock = setInterval(run, INTERVAL_MS);
  console.log(`Editorial clock started: scheduled stories and outgoing mail are checked every ${INTERVAL_MS / 1000} s.`);
  clockState.khabarClock.unref();
  // Stories whose time passed while the server was down go out as soon as it is back.
  setTimeout(run, 1_000).unref();
}
