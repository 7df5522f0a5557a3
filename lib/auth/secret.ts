import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, isEmbeddedDatabase } from "@/lib/env";

export const MISSING_SECRET_MESSAGE =
  "AUTH_SECRET is not set. Khabar signs session cookies with it and will not start without it " +
  "outside the embedded demo. Generate one with `openssl rand -base64 32` and set AUTH_SECRET.";

/**
 * The key that signs session cookies: AUTH_SECRET, or in the embedded demo (one instance by
 * definition) a random one generated on first use and kept beside the database in .data/.
 */
export function resolveAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (!isEmbeddedDatabase) throw new Error(MISSING_SECRET_MESSAGE);
  const file = path.join(path.dirname(path.resolve(env.PGLITE_DIR)), "auth-secret");
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}
