"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useMemo, useSyncExternalStore } from "react";
import type { CommentView } from "@/lib/comments/types";

/** How a comment tool tells the thread around it that something changed. */
export interface ThreadControls {
  /**
   * Load the thread again (after a moderation-visible change). A `notice` about a comment that
   * leaves the thread is said at the thread's top by the island, which answers true; the
   * server-rendered comments page cannot, and the tool keeps saying it itself.
   */
  refresh(notice?: string): boolean;
  /** Show the viewer's own new or edited comment at once, before any reload. */
  showOwn(comment: CommentView): void;
}

const ThreadContext = createContext<ThreadControls | null>(null);
export const ThreadControlsProvider = ThreadContext.Provider;

/** The island provides its own controls; the server-rendered comments page re-renders instead. */
export function useThreadControls(): ThreadControls {
  const provided = useContext(ThreadContext);
  const router = useRouter();
  return useMemo(
    () =>
      provided ?? {
        refresh: () => {
          router.refresh();
          return false;
        },
        showOwn: () => router.refresh(),
      },
    [provided, router],
  );
}

const subscribe = () => () => {};

/** False during server rendering and hydration, true once scripts run: tools that need them wait. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
