"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";

/**
 * One timer for the next save: scheduling again replaces it, leaving the page clears it. `fire`
 * is read when the timer goes off, so it decides with what is true then.
 */
export function useAutosave(fire: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fireRef = useRef(fire);
  useEffect(() => {
    fireRef.current = fire;
  }, [fire]);
  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const schedule = useCallback(
    (delayMs: number) => {
      cancel();
      timer.current = setTimeout(() => fireRef.current(), delayMs);
    },
    [cancel],
  );
  useEffect(() => cancel, [cancel]);
  return useMemo(() => ({ schedule, cancel }), [schedule, cancel]);
}
