import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const databaseImports = {
  group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/*"],
  message: "Only the data-access layer (lib/dal) and db/ talk to the database.",
  allowTypeImports: true,
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["app/**", "components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [databaseImports] }],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  globalIgnores([".next/**", ".next-runs/**", ".next-build.lock/**", ".data/**", "next-env.d.ts", "playwright-report/**", "test-results/**"]),
]);
