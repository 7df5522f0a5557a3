"use client";

import type { Person } from "@/lib/arabic/addressing";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useLiveChannel } from "@/components/live/use-live-channel";
import { FormMessage } from "@/components/ui/form-status";
import type { Coverage, DeskUpdate } from "@/lib/dal/live-coverage";
import { PRESENCE_HEARTBEAT_MS } from "@/lib/editorial/presence";
import { ar } from "@/lib/i18n/newsroom";
import { storyChannel } from "@/lib/live/events";
import type { CoverageAction } from "@/lib/validation/live";
import { coverageAction, liveHeartbeatAction, postUpdateAction } from "./actions";
import { DeskUpdateItem } from "./desk-update";
import { UpdateComposer } from "./update-composer";

const t = ar.liveDesk;

/** Who else works on the coverage; while anyone does, the desk reloads with each beat to show their drafts. */
function useColleagues(articleId: string, onBeat: () => void): Person[] {
  const [others, setOthers] = useState<Person[]>([]);
  useEffect(() => {
    let cancelled = false;
    const beat = async () => {
      const answer = await liveHeartbeatAction(articleId).catch(() => null);
      if (cancelled || !answer) return;
      setOthers(answer);
      if (answer.length > 0) onBeat();
    };
    void beat();
    const interval = setInterval(beat, PRESENCE_HEARTBEAT_MS);
    return () => {
      cancelled = true;
      clearInterval(interval);
    };
  }, [articleId, onBeat]);
  return others;
}

export function LiveDesk({
  articleId,
  coverage,
  updates,
  canCover,
  canPublish,
}: {
  articleId: string;
  coverage: Coverage;
  updates: DeskUpdate[];
  canCover: boolean;
  canPublish: boolean;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const others = useColleagues(articleId, router.refresh);
  // What colleagues publish reaches this desk as it reaches readers.
  useLiveChannel(storyChannel(articleId), null, () => router.refresh());

  const changed = (text: string) => {
    setMessage({ text, ok: true });
    router.refresh();
  };

  async function cover(action: CoverageAction) {
    const result = await coverageAction({ articleId, action }).catch(() => null);
    if (result?.ok) changed(result.message ?? t.saved);
    else setMessage({ text: result?.message ?? t.errors.network, ok: false });
  }

  const live = coverage.startedAt !== null && coverage.endedAt === null;
  const composerActions = canPublish
    ? [
        { label: t.publish, publish: true },
        { label: t.saveDraft, publish: false },
      ]
    : [{ label: t.saveDraft, publish: false }];

  return (
    <div className="live-desk">
      {others.length > 0 && <p className="notice">{t.postingNow(others)}</p>}
      {canCover && (
        <div className="button-row">
          {coverage.startedAt === null && (
            <>
              <p className="field__hint">{t.startHint}</p>
              <button type="button" className="button" onClick={() => cover("start")}>
                {t.start}
              </button>
            </>
          )}
          {live && (
            <button type="button" className="button button--quiet" onClick={() => cover("end")}>
              {t.end}
            </button>
          )}
          {coverage.endedAt !== null && (
            <button type="button" className="button" onClick={() => cover("reopen")}>
              {t.reopen}
            </button>
          )}
        </div>
      )}
      {coverage.endedAt !== null && <p className="notice">{t.endedNote}</p>}
      <FormMessage message={message?.text} ok={message?.ok} />
      <div className="live-desk__columns">
        {live && (
          <section className="live-desk__composer" aria-labelledby="composer-heading">
            <h2 id="composer-heading">{t.composer}</h2>
            <UpdateComposer
              keptAs={`khabar:live-update:${articleId}`}
              actions={composerActions}
              onSubmit={async (update, publish) => {
                const result = await postUpdateAction({ articleId, publish, update });
                if (result.ok) router.refresh();
                return result;
              }}
            />
          </section>
        )}
        {coverage.startedAt !== null && (
          <section className="live-desk__stream" aria-labelledby="stream-heading">
            <h2 id="stream-heading">{t.stream}</h2>
            {updates.length === 0 ? (
              <p className="empty-state">{t.empty}</p>
            ) : (
              <ol className="desk-updates">
                {updates.map((update) => (
                  <DeskUpdateItem key={update.id} update={update} canPublish={canPublish} onChanged={changed} />
                ))}
              </ol>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
