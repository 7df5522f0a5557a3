import "server-only";
import { env } from "@/lib/env";
import { frontPathsFor } from "./front-paths";

// Tells each front in FRONT_PURGE_URLS to drop its copies of the pages whose tags just expired in
// this process (lib/cache/handler.mjs announces them), so a correction does not wait out the
// front's second. Each front keeps a page twice, gzipped and plain (deploy/nginx/khabar.conf),
// hence two purges per address. Fire and forget: an editor's save never waits for a front, and a
// slow or missing one costs a logged line, not a request.

const EXPIRY_LISTENERS = Symbol.for("khabar.cache.expiryListeners");
const PURGE_DEADLINE_MS = 2_000;
const ENCODINGS = ["gzip", "identity"];

let lastProblem = "";
function note(problem: string) {
  if (problem !== lastProblem) console.error(`Front purge: ${problem}`);
  lastProblem = problem;
}

async function purge(front: string, path: string, encoding: string) {
  try {
    const response = await fetch(`${front.replace(/\/$/, "")}${path}`, {
      method: "PURGE",
      headers: { "Accept-Encoding": encoding },
      signal: AbortSignal.timeout(PURGE_DEADLINE_MS),
    });
    await response.body?.cancel();
    // 404: the front had no copy to drop.
    if (response.ok || response.status === 404) lastProblem = "";
    else note(`${front} answered ${response.status}`);
  } catch (error) {
    note(`${front}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function purgeFronts(tags: string[]) {
  const paths = frontPathsFor(tags);
  for (const front of env.FRONT_PURGE_URLS) {
    for (const path of paths) for (const encoding of ENCODINGS) void purge(front, path, encoding);
  }
}

/** From now on, every tag that expires in this process purges its pages from the configured fronts. */
export function purgeFrontsOnExpiry() {
  if (env.FRONT_PURGE_URLS.length === 0) return;
  const holder = globalThis as Record<symbol, Set<(tags: string[]) => void> | undefined>;
  (holder[EXPIRY_LISTENERS] ??= new Set()).add(purgeFronts);
}
