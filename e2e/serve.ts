import { spawn } from "node:child_process";
import { prepareSeededDatabase } from "@/db/testing/seeded-database";

// Starts the production server for the e2e suite on a freshly seeded database.
const databaseEnv = await prepareSeededDatabase("e2e");
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", process.env.PORT ?? "3100"], {
  stdio: "inherit",
  env: { ...process.env, ...databaseEnv },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
