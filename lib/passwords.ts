import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

// argon2id with OWASP's minimum: 19 MiB of memory, two passes, one lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Verified when the email is unknown, so that a miss costs as much time as a wrong password.
const dummyHash = hashPassword("khabar-timing-equaliser");

export async function spendPasswordCheckTime(password: string): Promise<void> {
  await verifyPassword(await dummyHash, password);
}

const commonPasswords = new Set(
  dictionary["passwords-common"].filter((password: string) => password.length >= PASSWORD_MIN_LENGTH),
);

/** One of the most common passwords (zxcvbn's list of leaked passwords), whatever the case. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
