"use client";

import { useCallback, useEffect, useState } from "react";
import type { Draft } from "@/lib/editorial/save-session";
import { sameValue } from "@/lib/editorial/snapshot";
import { ar } from "@/lib/i18n/newsroom";

export interface Backup {
  draft: Draft;
  baseVersion: number;
  at: number;
}

const backupKey = (articleId: string | null) => `khabar:story:${articleId ?? "new"}`;

function readBackup(articleId: string | null): Backup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(articleId));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

export function writeBackup(articleId: string | null, backup: Backup | null) {
  try {
    if (backup) window.localStorage.setItem(backupKey(articleId), JSON.stringify(backup));
    else window.localStorage.removeItem(backupKey(articleId));
  } catch {
    // Private browsing or a full quota: the server copy is still the safety net.
  }
}

interface Current {
  articleId: string | null;
  baseVersion: number;
  dirty: boolean;
  draft: Draft;
}

/**
 * A copy of the draft in this browser, so that a closed tab or a crash loses nothing: written
 * shortly after each unsaved change and when the page is left, offered back on the next visit
 * when it differs from the saved story. `current` keeps its identity across renders.
 */
export function useLocalBackup({ storyId, initialDraft, draft, current }: { storyId: string | null; initialDraft: Draft; draft: Draft; current: () => Current }) {
  const [pending, setPending] = useState<Backup | null>(null);

  useEffect(() => {
    const backup = readBackup(storyId);
    if (!backup) return;
    // Restoring client-side state after hydration is exactly what this effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!sameValue({ ...backup.draft, slugEdited: false }, { ...initialDraft, slugEdited: false })) setPending(backup);
    else writeBackup(storyId, null);
  }, [storyId, initialDraft]);

  useEffect(() => {
    const now = current();
    if (!now.dirty) return;
    const handle = setTimeout(() => writeBackup(now.articleId, { draft, baseVersion: now.baseVersion, at: Date.now() }), 300);
    return () => clearTimeout(handle);
  }, [draft, current]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const now = current();
      if (!now.dirty) return;
      writeBackup(now.articleId, { draft: now.draft, baseVersion: now.baseVersion, at: Date.now() });
      event.preventDefault();
      event.returnValue = ar.editor.save.leaveWarning;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [current]);

  /** Hands the offered copy over, once. */
  const take = useCallback(() => {
    setPending(null);
    return pending;
  }, [pending]);

  const discard = useCallback(() => {
    writeBackup(current().articleId, null);
    setPending(null);
  }, [current]);

  return { pending, take, discard };
}
