"use client";

import { useSyncExternalStore } from "react";
import { timeAgo } from "@/lib/arabic/relative-time";

// Pages are cached HTML, so the server writes the date and the reader's own clock says how long
// ago it was, once hydrated; without script the date stays. One timer serves every time on a page.

const TICK = 30_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
// Read from the clock when the first time on a page appears and at every tick, so every time on
// the page is said from the same instant and none is behind the clock by more than a tick.
let now = Date.now();

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((notify) => notify());
    }, TICK);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const clockNow = () => now;
const noClockOnServer = () => null;

/** A time the server formatted as `label`, said as "منذ 5 دقائق" while it is recent. */
export function RecentTime({ dateTime, label }: { dateTime: string; label: string }) {
  const readAt = useSyncExternalStore(subscribe, clockNow, noClockOnServer);
  const recent = readAt === null ? null : timeAgo(Date.parse(dateTime), readAt);
  return (
    <time dateTime={dateTime} title={recent ? label : undefined}>
      {recent ?? label}
    </time>
  );
}
