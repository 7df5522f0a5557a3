import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = {
  "@": root,
  // Server-only modules are plain modules under test.
  "server-only": fileURLToPath(new URL("./db/testing/server-only-stub.ts", import.meta.url)),
};

// postgres.js 3.4.9 throws from a timer when a connection closes with a small write still queued
// (porsager/postgres#1154, #1208; fixes proposed, none released). The query involved has already
// been rejected, and Next's server logs such an exception and carries on; the fault suite, which
// closes connections on purpose, does the same instead of failing on it. Any other one fails.
const isPostgresJsNullSocketWrite = (error: Error) =>
  error.name === "TypeError" && error.message.includes("reading 'write'") && /postgres\/src\/connection\.js/.test(error.stack ?? "");

export default defineConfig({
  test: {
    onUnhandledError: (error) => {
      if (!isPostgresJsNullSocketWrite(error)) return;
      console.warn("postgres.js wrote to a closed connection (porsager/postgres#1154); logged, as Next's server does");
      return false;
    },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.{ts,tsx}", "components/**/*.test.{ts,tsx}", "db/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.faults.test.ts", "node_modules/**", ".data/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "int",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".data/**"],
          environment: "node",
          setupFiles: ["./db/testing/isolated-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "faults",
          include: ["**/*.faults.test.ts"],
          exclude: ["node_modules/**", ".data/**"],
          environment: "node",
          // A private PostgreSQL cluster (db/testing/private-cluster.ts), then a database on it.
          setupFiles: ["./db/testing/faults-cluster.ts", "./db/testing/isolated-database.ts"],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
