import { spawn } from "node:child_process";
import { prepareE2eDatabase } from "./test-database";

// Starts the production server for the e2e suite on a freshly prepared database.
const databaseEnv = await prepareE2eDatabase();
const server = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3100"], {
  stdio: "inherit",
  env: { ...process.env, ...databaseEnv },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
