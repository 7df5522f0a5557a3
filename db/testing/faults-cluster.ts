import { afterAll } from "vitest";
import { startPrivateCluster } from "./private-cluster";

// The fault suite's setup (before isolated-database.ts, which makes the file's database on it):
// a private PostgreSQL cluster the suite may pause, restart and crash without touching anyone's.

export const cluster = await startPrivateCluster();
process.env.DATABASE_URL = `${cluster.url}/postgres`;

afterAll(() => cluster.stop());
