"use client";

import type { Person } from "@/lib/arabic/addressing";
import { useEffect, useState } from "react";
import { PRESENCE_HEARTBEAT_MS } from "@/lib/editorial/presence";
import { heartbeatAction } from "./actions";

/**
 * Keeps the viewer marked as editing the story while it is open, and answers who else is. When
 * the story is left, in the app or by closing the tab, a beacon says so at once: a beacon still
 * goes out from a page being unloaded, where a server action's request would be cut off.
 */
export function usePresence(articleId: string | null, initial: Person[]): Person[] {
  const [othersEditing, setOthersEditing] = useState(initial);
  useEffect(() => {
    if (!articleId) return;
    let cancelled = false;
    const beat = async () => {
      const answer = await heartbeatAction(articleId).catch(() => null);
      if (!cancelled && answer) setOthersEditing(answer.othersEditing);
    };
    const leave = () => navigator.sendBeacon(`/api/articles/${articleId}/presence`);
    // Back from the back-forward cache, the page is open again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) void beat();
    };
    void beat();
    const interval = setInterval(beat, PRESENCE_HEARTBEAT_MS);
    window.addEventListener("pagehide", leave);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      cancelled = true;
      clearInterval(interval);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", onPageShow);
      leave();
    };
  }, [articleId]);
  return othersEditing;
}
