import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = {
  "@": root,
  // Server-only modules are plain modules under test.
  "server-only": fileURLToPath(new URL("./db/testing/server-only-stub.ts", import.meta.url)),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.{ts,tsx}", "components/**/*.test.{ts,tsx}", "db/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", ".data/**"],
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
    ],
  },
});
