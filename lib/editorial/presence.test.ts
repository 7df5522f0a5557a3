import { describe, expect, it } from "vitest";
import { isStillEditing, PRESENCE_HEARTBEAT_MS, PRESENCE_TTL_MS, presenceCutoff } from "./presence";

const now = new Date("2026-05-01T12:00:00Z");
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("presence", () => {
  it("keeps a colleague who missed a beat or two", () => {
    expect(isStillEditing(secondsAgo(0), now)).toBe(true);
    expect(isStillEditing(new Date(now.getTime() - 2 * PRESENCE_HEARTBEAT_MS), now)).toBe(true);
  });

  it("lets a colleague whose tab died go", () => {
    expect(isStillEditing(secondsAgo(PRESENCE_TTL_MS / 1000), now)).toBe(false);
    expect(isStillEditing(secondsAgo(45), now)).toBe(false);
    expect(presenceCutoff(now)).toEqual(secondsAgo(PRESENCE_TTL_MS / 1000));
  });

  it("clears the notice a colleague sees within 30 seconds of the last beat, whenever their own beat falls", () => {
    // The beat expires after the TTL, and the colleague's next beat (at most one interval later) drops it.
    expect(PRESENCE_TTL_MS + PRESENCE_HEARTBEAT_MS).toBeLessThanOrEqual(30_000);
    expect(PRESENCE_TTL_MS).toBeGreaterThanOrEqual(2 * PRESENCE_HEARTBEAT_MS);
  });
});
