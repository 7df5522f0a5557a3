import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { IntentLink } from "@/components/ui/intent-link";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { getLiveDesk } from "@/lib/dal/live-coverage";
import { ar } from "@/lib/i18n/ar";
import { can } from "@/lib/permissions/viewer";
import { articlePath } from "@/lib/routes";
import { parseUuidParam } from "@/lib/validation/route-params";
import { LiveDesk } from "./live-desk";

const t = ar.liveDesk;

const loadDesk = cache(async (rawId: string) => {
  const id = parseUuidParam(rawId);
  if (!id) notFound();
  const viewer = await requireCapabilityPage("live.draftUpdate", `/editor/articles/${id}/live`);
  const desk = await getLiveDesk(viewer, id);
  if (!desk) notFound();
  return { id, viewer, desk };
});

export async function generateMetadata({ params }: PageProps<"/editor/articles/[id]/live">): Promise<Metadata> {
  const { desk } = await loadDesk((await params).id);
  return { title: `${t.heading}: ${desk.headline}`, robots: { index: false } };
}

/** The live desk: the composer for the next update, then the stream, for every editor on the story at once. */
export default async function LiveDeskPage({ params }: PageProps<"/editor/articles/[id]/live">) {
  const { id, viewer, desk } = await loadDesk((await params).id);
  return (
    <div className="newsroom-page live-desk-page">
      <p className="kicker">
        <IntentLink href={`/editor/articles/${id}`}>{t.backToStory}</IntentLink>
        {desk.isPublic && (
          <>
            {" · "}
            <IntentLink href={articlePath(desk.slug)}>{t.viewPublic}</IntentLink>
          </>
        )}
      </p>
      <h1>
        {t.heading}: <bdi>{desk.headline}</bdi>
      </h1>
      <LiveDesk articleId={id} coverage={desk.coverage} updates={desk.updates} canCover={can(viewer, "live.cover")} canPublish={can(viewer, "live.publishUpdate")} />
    </div>
  );
}
