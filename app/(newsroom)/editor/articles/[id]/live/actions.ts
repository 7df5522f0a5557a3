"use server";

import type { Person } from "@/lib/arabic/addressing";
import { z } from "zod";
import { guarded } from "@/lib/actions/guard";
import { invalid, refused } from "@/lib/actions/refusals";
import type { ActionResult } from "@/lib/actions/result";
import { getViewer } from "@/lib/auth/session";
import { expireForWriter } from "@/lib/cache/next-cache";
import { changeUpdateState, editUpdate, liveDeskHeartbeat, postUpdate, setCoverage, type LiveWrite } from "@/lib/dal/live-coverage";
import { ar } from "@/lib/i18n/ar";
import { liveBus } from "@/lib/live/bus";
import { coverageSchema, editUpdateSchema, liveUpdateFieldErrors, postUpdateSchema, updateStateSchema } from "@/lib/validation/live";

// The live desk's actions: parse, write through the data-access layer, expire the story's page
// and announce to open pages what readers now see.

const badRequest = refused(ar.liveDesk.errors.invalid);

async function settle<Outcome>(write: LiveWrite<Outcome>): Promise<Outcome> {
  expireForWriter(write.invalidate);
  await liveBus().announce(write.announce);
  return write.outcome;
}

export async function coverageAction(request: unknown): Promise<ActionResult> {
  const parsed = coverageSchema.safeParse(request);
  if (!parsed.success) return badRequest;
  return guarded(async () => ({ ok: true as const, ...(await settle(await setCoverage(await getViewer(), parsed.data.articleId, parsed.data.action))) }));
}

export async function postUpdateAction(request: unknown): Promise<ActionResult<{ id: number }>> {
  const parsed = postUpdateSchema.safeParse(request);
  if (!parsed.success) return invalid(liveUpdateFieldErrors(parsed.error), undefined, ar.editor.errors.fixFields);
  return guarded(async () => {
    const { id } = await settle(await postUpdate(await getViewer(), parsed.data));
    return { ok: true as const, id, message: parsed.data.publish ? ar.liveDesk.posted : ar.liveDesk.drafted };
  });
}

export async function editUpdateAction(request: unknown): Promise<ActionResult<{ version: number }>> {
  const parsed = editUpdateSchema.safeParse(request);
  if (!parsed.success) return invalid(liveUpdateFieldErrors(parsed.error), undefined, ar.editor.errors.fixFields);
  return guarded(async () => ({ ok: true as const, message: ar.liveDesk.saved, ...(await settle(await editUpdate(await getViewer(), parsed.data))) }));
}

export async function updateStateAction(request: unknown): Promise<ActionResult> {
  const parsed = updateStateSchema.safeParse(request);
  if (!parsed.success) return badRequest;
  return guarded(async () => ({ ok: true as const, ...(await settle(await changeUpdateState(await getViewer(), parsed.data))) }));
}

/** Who else works on the coverage now; null when that cannot be said (signed out, database away). */
export async function liveHeartbeatAction(articleId: unknown): Promise<Person[] | null> {
  const id = z.uuid().safeParse(articleId);
  if (!id.success) return null;
  const answer = await guarded(async () => ({ ok: true as const, others: await liveDeskHeartbeat(await getViewer(), id.data) }));
  return answer.ok ? answer.others : null;
}
