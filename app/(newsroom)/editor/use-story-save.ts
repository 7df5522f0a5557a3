"use client";

import { useCallback, useState } from "react";
import { SaveSession, type Conflict, type SaveState } from "@/lib/editorial/save-session";
import { ar } from "@/lib/i18n/newsroom";
import { createArticleAction, saveArticleAction } from "./actions";

const t = ar.editor.save;

interface Options {
  articleId: string | null;
  version: number;
  initialState: SaveState;
}

/**
 * Saving and conflicts: the session that sends saves one at a time, and what the page shows of
 * it (the indicator's state, errors at their fields, a colleague's conflicting copy). The editor
 * connects the session to its draft and timer.
 */
export function useStorySave({ articleId, version, initialState }: Options) {
  const [saveState, setSaveState] = useState<SaveState>(initialState);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [session] = useState(
    () =>
      new SaveSession(articleId, version, {
        send: ({ articleId, auto, ...request }) => (articleId ? saveArticleAction({ articleId, ...request }, auto) : createArticleAction(request.content)),
        onState: setSaveState,
        onFieldErrors: setFieldErrors,
        onConflict: setConflict,
        messages: { offline: t.offline, savedAt: t.savedAt },
      }),
  );

  const clearFieldError = useCallback((field: string) => {
    setFieldErrors((current) => {
      if (!current[field]) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  }, []);

  return { session, saveState, fieldErrors, setFieldErrors, clearFieldError, conflict };
}
