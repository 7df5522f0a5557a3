"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ArticleStatus } from "@/db/schema/enums";
import type { Draft, SaveSession } from "@/lib/editorial/save-session";
import type { WorkflowAction } from "@/lib/editorial/workflow";
import { ar } from "@/lib/i18n/newsroom";
import { publicationPreviewAction, transitionArticleAction, type PublicationPreviewAnswer } from "./actions";

const t = ar.editor;

export interface WorkflowState {
  status: ArticleStatus;
  actions: WorkflowAction[];
  canEdit: boolean;
}

interface Options {
  initial: WorkflowState;
  defaultScheduleAt: string;
  session: SaveSession;
  draft: { current: () => Draft; patch: (changes: Partial<Draft>) => void };
  showFieldErrors: (errors: Record<string, string[]>) => void;
}

/**
 * Moving the story on (submit, schedule, publish, return, unpublish, archive): what is typed is
 * saved first, publishing asks first, and the answer updates the story's status and actions.
 */
export function useStoryWorkflow({ initial, defaultScheduleAt, session, draft, showFieldErrors }: Options) {
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; ok: boolean } | null>(null);
  const [publishPreview, setPublishPreview] = useState<(PublicationPreviewAnswer & { ok: true }) | null>(null);
  const [scheduleAt, setScheduleAt] = useState(defaultScheduleAt);
  const [scheduleOpen, setScheduleOpen] = useState(false);
  const [returnOpen, setReturnOpen] = useState(false);
  const editable = state.canEdit && state.status !== "archived";

  /** Saves what is typed before the story moves on; false when it could not be saved. */
  async function saveFirst(): Promise<boolean> {
    if ((session.dirty || !session.articleId) && editable) return session.save("manual");
    return true;
  }

  async function whileBusy(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  const saveNow = () => whileBusy(async () => void (await session.save("manual")));

  /** "Publish now" first shows what goes out where; the dialog's confirmation publishes. */
  const requestPublish = () =>
    whileBusy(async () => {
      setNotice(null);
      if (!(await saveFirst())) return;
      const preview = await publicationPreviewAction(session.articleId);
      if (preview.ok) setPublishPreview(preview);
      else setNotice({ text: preview.message, ok: false });
    });

  async function transition(action: WorkflowAction, extra: { expectedSlug?: string; note?: string } = {}) {
    if (action === "unpublish" && !window.confirm(t.actions.confirmUnpublish)) return;
    if (action === "archive" && !window.confirm(t.actions.confirmArchive)) return;
    await whileBusy(async () => {
      setNotice(null);
      if (!(await saveFirst())) return;
      const outcome = await transitionArticleAction({
        articleId: session.articleId,
        baseVersion: session.version,
        action,
        ...extra,
        ...(action === "schedule" ? { scheduledFor: scheduleAt } : {}),
      });
      setPublishPreview(null);
      if (outcome.ok) {
        setState({ status: outcome.status, actions: outcome.actions, canEdit: outcome.canEdit });
        session.moved(outcome.version);
        if (outcome.slug !== draft.current().slug) draft.patch({ slug: outcome.slug });
        setScheduleOpen(false);
        setReturnOpen(false);
        showFieldErrors({});
        setNotice({ text: outcome.message + (outcome.status === "scheduled" && outcome.whenLabel ? ` (${outcome.whenLabel})` : ""), ok: true });
        router.refresh();
      } else if (outcome.kind === "invalid") {
        const fieldErrors = outcome.fieldErrors ?? {};
        showFieldErrors(fieldErrors);
        // The note's error shows at its field; the others are named in the banner too.
        if (!fieldErrors.note) {
          setNotice({ text: fieldErrors.scheduledFor?.[0] ?? fieldErrors.body?.[0] ?? fieldErrors.slug?.[0] ?? outcome.message, ok: false });
        }
      } else if (outcome.kind === "conflict") {
        session.conflicted(outcome);
      } else {
        setNotice({ text: outcome.message, ok: false });
      }
    });
  }

  return {
    ...state,
    editable,
    setState,
    busy,
    notice,
    setNotice,
    saveNow,
    requestPublish,
    transition,
    publishPreview,
    cancelPublish: () => setPublishPreview(null),
    schedule: { at: scheduleAt, setAt: setScheduleAt, open: scheduleOpen, setOpen: setScheduleOpen },
    returnBox: { open: returnOpen, setOpen: setReturnOpen },
  };
}

export type StoryWorkflow = ReturnType<typeof useStoryWorkflow>;
