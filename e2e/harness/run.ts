import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type { UserRole } from "@/db/schema/enums";
import { copyBuild } from "@/scripts/build-if-changed";

// What global setup tells the specs about this run, through the environment their workers inherit.

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is unset: the e2e suite runs through playwright.config.ts, whose global setup sets it`);
  return value;
}

export const run = {
  /** A temporary folder of this run's own (signed-in sessions, extra servers' logs). */
  get dir() {
    return required("E2E_RUN_DIR");
  },
  /** The app server itself; browsers reach it through a front (see front.ts). */
  get appUrl() {
    return required("E2E_APP_URL");
  },
  /** A fresh copy of the run's build, in a folder of its own, for another server to serve. */
  buildCopy(): string {
    const dir = `${required("E2E_RUN_BUILDS")}/${randomUUID().slice(0, 8)}`;
    copyBuild(`${required("E2E_RUN_BUILDS")}/build`, dir);
    return dir;
  },
  /** The endpoint key of the run's agency (wire-agency.ts). */
  get wireKey() {
    return required("E2E_WIRE_KEY");
  },
  /** The environment the run's server was started with (build, database, session key), for more instances. */
  get serverEnv(): Record<string, string> {
    return JSON.parse(required("E2E_SERVER_ENV"));
  },
};

export const storageStateFor = (role: UserRole) => join(run.dir, `${role}.json`);

/** Whether the run's database is a PostgreSQL server (which a second process can share, or lose). */
export const onDatabaseServer = () => "DATABASE_URL" in run.serverEnv;
