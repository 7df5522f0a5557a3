import { z } from "zod";
import { addressForms, landingPages, userRoles } from "@/db/schema/enums";
import { isCommonPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/passwords";
import { ar } from "@/lib/i18n/ar";
import { personNameSchema } from "./plain-text";
import { storable } from "./storable-text";

const t = ar.auth.errors;

/** Trimmed, NFKC-folded and lower-cased, so that one mailbox is one account. */
export function normalizeEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}

export const emailSchema = z
  .string()
  .transform(normalizeEmail)
  .pipe(z.string().min(1, t.emailRequired).max(254, t.emailTooLong).pipe(z.email(t.emailInvalid)));

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, t.passwordTooShort)
  .max(PASSWORD_MAX_LENGTH, t.passwordTooLong)
  .refine((password) => !isCommonPassword(password), t.passwordCommon);

export const displayNameSchema = personNameSchema({ tooShort: t.displayNameTooShort, tooLong: t.displayNameTooLong, noLetter: t.displayNameNoLetter });

/** How messages speak of the person: a form, or "" for a phrasing that fits anyone (stored as null). */
export const addressedAsSchema = z.preprocess((value) => (value === "" || value === undefined ? null : value), z.enum(addressForms, t.addressedAsInvalid).nullable());

/** A password the person already has, typed to prove it is them. */
const currentPasswordSchema = z.string().min(1, t.passwordRequired).max(PASSWORD_MAX_LENGTH, t.passwordTooLong);

export const loginSchema = storable(z.object({
  email: emailSchema,
  password: currentPasswordSchema,
}));

const registerFields = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});

export const registerSchema = storable(registerFields);

export const changePasswordSchema = storable(z.object({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
}));

export const profileSchema = storable(z.object({ displayName: displayNameSchema, addressedAs: addressedAsSchema }));

export const roleSchema = z.enum(userRoles, t.roleInvalid);

// A colleague chooses their own password from an e-mailed link: the admin never knows it.
export const createUserSchema = storable(registerFields.omit({ password: true }).extend({ role: roleSchema, addressedAs: addressedAsSchema }));

export const landingSchema = z.enum(landingPages, ar.account.landingNotAllowed);

/** A same-origin path to return to after signing in, or null when none (or none safe) was given. */
export function returnPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return null;
  }
  try {
    const url = new URL(value, "http://khabar.invalid");
    return url.origin === "http://khabar.invalid" ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/** The token in an e-mailed link: 32 random bytes, base64url. */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const forgotPasswordSchema = storable(z.object({ email: emailSchema }));

export const resetPasswordSchema = storable(z.object({ token: linkTokenSchema, newPassword: newPasswordSchema }));

const checkbox = z.enum(["on"]).optional().transform((value) => value === "on");

export const mailNoticesSchema = z.object({ notifyReplies: checkbox, notifyModeration: checkbox });

export const deleteAccountSchema = storable(z.object({
  password: currentPasswordSchema,
  comments: z.enum(["keep", "remove"], ar.account.leaving.choiceRequired),
}));

export const changeEmailSchema = storable(z.object({ email: emailSchema, confirmPassword: currentPasswordSchema }));
