// Runs once when a server starts. The editorial clock publishes scheduled stories; it never
// runs during `next build`, which opens no database. Fronts that keep pages are told when a
// page changes. Khabar's own server (scripts/server.mjs) is handed the live streams.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startEditorialClock } = await import("./lib/editorial/clock");
  const { purgeFrontsOnExpiry } = await import("./lib/cache/front-purge");
  const { serveLiveStreamsFromNode } = await import("./lib/live/node-stream");
  startEditorialClock();
  purgeFrontsOnExpiry();
  serveLiveStreamsFromNode();
}
