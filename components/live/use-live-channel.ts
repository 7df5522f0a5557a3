"use client";

import { useEffect, useRef } from "react";
import type { LiveEvent } from "@/lib/live/events";
import { subscribeLive } from "@/lib/live/client";

/** Runs `onEvent` for every live message on `channel` after `since` (null: from now on), for as long as the component is mounted. */
export function useLiveChannel(channel: string, since: number | null, onEvent: (event: LiveEvent | { kind: "reset" }) => void) {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => subscribeLive(channel, since, (event) => handler.current(event)), [channel, since]);
}
