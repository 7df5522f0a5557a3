import type { Metadata } from "next";
import { DeskNav } from "@/components/moderation/desk-nav";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { countQueues, listQueue } from "@/lib/dal/moderation";
import { ar } from "@/lib/i18n/ar";
import { queueSchema } from "@/lib/validation/comments";
import { parsePageNumber } from "@/lib/validation/route-params";
import { ModerationQueue } from "./moderation-queue";

export const metadata: Metadata = { title: ar.moderationDesk.title, robots: { index: false } };

export default async function ModerationPage({ searchParams }: PageProps<"/moderation">) {
  const viewer = await requireCapabilityPage("comment.moderate", "/moderation");
  const search = await searchParams;
  const queue = queueSchema.parse(search.queue);
  const page = parsePageNumber(search.page) ?? 1;
  const [counts, items] = await Promise.all([countQueues(viewer), listQueue(viewer, queue, page)]);

  return (
    <div className="desk-page desk-page--wide">
      <h1>{ar.moderationDesk.title}</h1>
      <DeskNav current="queue" viewer={viewer} />
      <ModerationQueue key={`${queue}:${page}`} queue={queue} items={items} counts={counts} page={page} />
    </div>
  );
}
