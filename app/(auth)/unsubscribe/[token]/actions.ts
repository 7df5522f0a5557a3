"use server";

import { z } from "zod";
import { guarded } from "@/lib/actions/guard";
import { unsubscribeFromNotices } from "@/lib/dal/account-links";
import { ar } from "@/lib/i18n/ar";
import { linkTokenSchema } from "@/lib/validation/auth";
import { refused } from "@/lib/actions/refusals";
import { type FormState } from "@/lib/actions/result";

/** One click from a reply notice turns reply notices off; the link is proof enough, no sign-in needed. */
export async function unsubscribeAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.object({ token: linkTokenSchema }).safeParse({ token: formData.get("token") });
  if (!parsed.success) return refused(ar.account.unsubscribe.invalid);
  return guarded(async () => {
    if (!(await unsubscribeFromNotices(parsed.data.token))) return refused(ar.account.unsubscribe.invalid);
    return { ok: true, message: ar.account.unsubscribe.done };
  });
}
