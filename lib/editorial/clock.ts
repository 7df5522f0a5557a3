import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// The newsroom's clock: every second each app instance asks itself (over loopback, so
// that the work runs inside a route handler where Next's cache can be expired) to publish
// due stories and to expire the cache tags that any instance recorded as stale. Timers only
// trigger; the database decides what is due and who publishes it.

export const TICK_HEADER = "x-khabar-tick";
const INTERVAL_MS = 1_000;

const clockState = globalThis as unknown as { khabarTickToken?: string; khabarClock?: ReturnType<typeof setInterval> };

/** The per-process secret that the tick route checks, so that only this process can trigger it. */
export function tickToken(): string | undefined {
  return clockState.khabarTickToken;
}

async function tick() {
  try {
    const response = await fetch(`http://127.0.0.1:${env.PORT}/api/internal/tick`, {
      method: "POST",
      headers: { [TICK_HEADER]: clockState.khabarTickToken! },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok && response.status !== 503) console.error(`Editorial clock: tick answered ${response.status}`);
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
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await tick();
    } finally {
      running = false;
    }
  };
  clockState.khabarClock = setInterval(run, INTERVAL_MS);
  console.log(`Editorial clock started: scheduled stories are checked every ${INTERVAL_MS / 1000} s.`);
  clockState.khabarClock.unref();
  // Stories whose time passed while the server was down go out as soon as it is back.
  setTimeout(run, 1_000).unref();
}
