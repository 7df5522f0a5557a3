"use client";

import { useCallback, useRef, useState } from "react";
import { slugify } from "@/lib/arabic/slugify";
import type { Draft } from "@/lib/editorial/save-session";

/**
 * The story as typed. A ref mirrors the state so that the save loop reads the latest words
 * without subscribing to every keystroke; every change goes through here to keep them equal.
 * The functions keep their identity across renders.
 */
export function useStoryDraft(initial: Draft) {
  const [draft, setDraft] = useState(initial);
  const latest = useRef(initial);
  const replace = useCallback((next: Draft) => {
    latest.current = next;
    setDraft(next);
  }, []);
  const patch = useCallback((changes: Partial<Draft>) => replace({ ...latest.current, ...changes }), [replace]);
  /** One field as typed; the slug follows the headline until someone edits it. */
  const change = useCallback(
    <K extends keyof Draft>(field: K, value: Draft[K]) => {
      const next = { ...latest.current, [field]: value };
      if (field === "headline" && !latest.current.slugEdited) next.slug = slugify(String(value));
      replace(next);
    },
    [replace],
  );
  const current = useCallback(() => latest.current, []);
  return { draft, current, replace, patch, change };
}
