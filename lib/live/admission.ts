import "server-only";
import { env } from "@/lib/env";

// How many live streams this instance holds open, in all and per address. The counts are this
// process's own on purpose: an open stream is this process's memory and socket, and a reader
// refused here polls instead (lib/live/client.ts), which costs every instance the same. They are
// kept on the process, not the module: Next's route and Khabar's own server (./node-stream.ts)
// load this module apart.

const holder = globalThis as unknown as { khabarLiveStreams?: { total: number; byAddress: Map<string, number> } };
const open = (holder.khabarLiveStreams ??= { total: 0, byAddress: new Map() });

/** A release function when a stream may open, null when this instance or this address has enough. */
export function admitStream(address: string): (() => void) | null {
  const mine = open.byAddress.get(address) ?? 0;
  if (open.total >= env.LIVE_MAX_STREAMS || mine >= env.LIVE_MAX_STREAMS_PER_ADDRESS) return null;
  open.total++;
  open.byAddress.set(address, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    open.total--;
    const left = (open.byAddress.get(address) ?? 1) - 1;
    if (left > 0) open.byAddress.set(address, left);
    else open.byAddress.delete(address);
  };
}
