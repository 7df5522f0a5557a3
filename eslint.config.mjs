import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const databaseImports = {
  group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/*"],
  message: "Only the data-access layer (lib/dal) and db/ talk to the database.",
  allowTypeImports: true,
};

const dalInternals = {
  regex: "(^|/)dal/internal/",
  message: "lib/dal/internal holds helpers that check no permissions: only the data-access layer uses them.",
};
// In lib/, the schema's enum values are shared (validation, permissions); the database is not.
const libDatabaseImports = {
  regex: "^(@/db(/(?!schema/).*)?|drizzle-orm(/.*)?|postgres|@electric-sql/.*)$",
  message: databaseImports.message,
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
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [databaseImports, dalInternals] }],
      "no-restricted-properties": ["error", envRead],
    },
  },
  {
    // db/ (migrations and seed) is the other layer that owns the database, and may use them.
    files: ["scripts/**", "e2e/**", "*.ts", "lib/**/*.int.test.ts"],
    ignores: ["lib/dal/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [dalInternals] }] },
  },
  {
    // The rest of lib/ may share the schema's enum values, but not the database or the environment.
    // The cache handler is loaded by Next outside the app's modules and reads its two settings itself.
    files: ["lib/**"],
    ignores: ["lib/dal/**", "lib/env.ts", "lib/cache/handler.mjs", "**/*.int.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [libDatabaseImports, dalInternals] }],
      "no-restricted-properties": ["error", envRead],
    },
  },
  {
    // The data layer sits below the session code: lib/auth reads it, never the reverse.
    files: ["lib/dal/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^@/lib/auth(/|$)", message: "lib/dal is below lib/auth: take the viewer as an argument, and permissions from lib/permissions." }] },
      ],
    },
  },
  {
    // The permissions table is pure: the session and the data layer read it, never the reverse.
    files: ["lib/permissions/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            libDatabaseImports,
            dalInternals,
            { regex: "^@/lib/(auth|dal)(/|$)", message: "lib/permissions is pure: it imports neither sessions (lib/auth) nor the data layer (lib/dal)." },
          ],
        },
      ],
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
