import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const databaseImports = {
  group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/*"],
  message: "Only the data-access layer (lib/dal) and db/ talk to the database.",
  allowTypeImports: true,
};

const drizzleHandles = ["getDb", "db", "tx"];
const envRead = { object: "process", property: "env", message: "Read configuration through lib/env.ts." };

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["app/**", "components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [databaseImports] }],
      "no-restricted-properties": ["error", envRead],
    },
  },
  {
    // The rest of lib/ may share the schema's enum values, but not the database or the environment.
    files: ["lib/**"],
    ignores: ["lib/dal/**", "lib/env.ts", "**/*.int.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(@/db(/(?!schema/).*)?|drizzle-orm(/.*)?|postgres|@electric-sql/.*)$", message: databaseImports.message, allowTypeImports: true }] },
      ],
      "no-restricted-properties": ["error", envRead],
    },
  },
  {
    // No update or delete of a whole table by accident: the database handles must say where.
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: drizzleHandles }],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: drizzleHandles }],
    },
  },
  globalIgnores([".next/**", ".next-runs/**", ".next-build.lock/**", ".data/**", "next-env.d.ts", "playwright-report/**", "test-results/**"]),
]);
