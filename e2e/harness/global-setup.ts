import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import { seedE2eAgency } from "./wire-agency";
import { buildCopy, copyBuild } from "@/scripts/build-if-changed";
import { startFront } from "./front";
import { startAppServer } from "@/scripts/cluster/app-server";
import { dropRedisKeys, localRedisUrl } from "./redis";
import { startMailSink } from "./mail-sink";

/**
 * Every run gets its own: copies of the current build, a freshly seeded database (dropped at the
 * end), a server on a free port, and the front that browsers go through. Nothing is reused from
 * another run, so runs in a row or at once on one machine cannot see each other's data.
 */
export default async function globalSetup() {
  const runDir = mkdtempSync(join(tmpdir(), "khabar-e2e-"));
  const runId = basename(runDir).replace(/\W/g, "_").toLowerCase();
  const runBuilds = `.next-runs/${runId}`;
  const label = runId.replace("khabar_", "");
  const cleanUp: (() => unknown)[] = [
    () => rmSync(runDir, { recursive: true, force: true }),
    () => rmSync(runBuilds, { recursive: true, force: true }),
  ];
  let tornDown: Promise<void> | undefined;
  const teardown = () =>
    (tornDown ??= (async () => {
      for (const step of cleanUp.reverse()) await step();
    })());
  // A run stopped by a signal leaves no server, database or build copy behind either.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void teardown().finally(() => process.exit(130)));
  }
  try {
    // The build as it was when the run began, for every server the run starts to copy.
    await buildCopy(`${runBuilds}/build`);
    copyBuild(`${runBuilds}/build`, `${runBuilds}/main`);
    let wireKey = "";
    const database = await prepareSeededDatabase(label, async (db) => {
      wireKey = await seedE2eAgency(db);
    });
    cleanUp.push(() => dropSeededDatabase(label));
    // On a database server the run's instances share a cache, as a deployment's do, in the
    // machine's Redis under keys of the run's own; the embedded database is one process's alone.
    const sharedCache: Record<string, string> = {};
    if ("DATABASE_URL" in database) {
      Object.assign(sharedCache, { REDIS_URL: localRedisUrl(), REDIS_KEY_PREFIX: `khabar-e2e-${label}` });
      cleanUp.push(() => dropRedisKeys(sharedCache.REDIS_URL!, sharedCache.REDIS_KEY_PREFIX!));
    }
    // What the run's servers send arrives over SMTP in this process and is kept for the specs to read.
    const mail = await startMailSink(runDir);
    cleanUp.push(mail.close);
    // The suite's browsers working at once are not an overload to shed: the run's servers take them
    // all (e2e/server-guards.spec.ts tests shedding on a server of its own).
    const roomForTheSuite = { MAX_CONCURRENT_UNCACHED: "64", MAX_QUEUED_UNCACHED: "64" };
    const serverEnv = { ...database, ...sharedCache, ...roomForTheSuite, SMTP_URL: mail.url, NEXT_DIST_DIR: `${runBuilds}/main` };
    const app = await startAppServer(serverEnv);
    cleanUp.push(app.stop);
    const front = await startFront(app.url);
    cleanUp.push(front.close);
    Object.assign(process.env, {
      E2E_RUN_DIR: runDir,
      E2E_RUN_BUILDS: runBuilds,
      E2E_APP_URL: app.url,
      E2E_BASE_URL: front.origin,
      E2E_SERVER_ENV: JSON.stringify(serverEnv),
      E2E_WIRE_KEY: wireKey,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
