import { createHash, randomBytes } from "node:crypto";

// An agency's endpoint key is 256 random bits, shown once when made; only its SHA-256 is kept.
// A fast hash is enough for a secret that cannot be guessed (passwords get argon2 instead).

export const generateWireKey = () => `wire_${randomBytes(32).toString("base64url")}`;
export const hashWireKey = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");
