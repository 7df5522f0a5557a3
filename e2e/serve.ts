import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { prepareSeededDatabase } from "@/db/testing/seeded-database";

// Starts the production server for the e2e suite on a freshly seeded database. The build
// keeps Next's data cache between runs; entries from another database (other story and
// comment ids) must not outlive it.
const databaseEnv = await prepareSeededDatabase("e2e");
rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", process.env.PORT ?? "3100"], {
  stdio: "inherit",
  env: { ...process.env, ...databaseEnv },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
