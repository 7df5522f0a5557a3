"use client";

import { useSyncExternalStore } from "react";
import { timeAgo } from "@/lib/arabic/relative-time";

// Pages are cached HTML, so the server writes the date and the reader's own clock says how long
// ago it was, once hydrated; without script the date stays. One timer serves every time on a page.

const TICK = 30_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((notify) => notify()), TICK);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const currentTick = () => Math.floor(Date.now() / TICK) * TICK;
const noClockOnServer = () => null;

/** A time the server formatted as `label`, said as "منذ 5 دقائق" while it is recent. */
export function RecentTime({ dateTime, label }: { dateTime: string; label: string }) {
  const now = useSyncExternalStore(subscribe, currentTick, noClockOnServer);
  const recent = now === null ? null : timeAgo(Date.parse(dateTime), now);
  return (
    <time dateTime={dateTime} title={recent ? label : undefined}>
      {recent ?? label}
    </time>
  );
}
