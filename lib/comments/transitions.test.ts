import { describe, expect, it } from "vitest";
import { commentStatuses } from "@/db/schema/comments";
import { approvedDelta, authorMayDelete, authorMayEdit, moderatorMayMove } from "./transitions";

describe("comment transitions", () => {
  it("lets moderators reverse any decision but never revive an author's deletion", () => {
    for (const to of commentStatuses) expect(moderatorMayMove("deleted", to)).toBe(false);
    expect(moderatorMayMove("pending", "approved")).toBe(true);
    expect(moderatorMayMove("spam", "approved")).toBe(true);
    expect(moderatorMayMove("approved", "rejected")).toBe(true);
    expect(moderatorMayMove("rejected", "rejected")).toBe(false);
    for (const from of commentStatuses) expect(moderatorMayMove(from, "deleted")).toBe(false);
  });

  it("lets authors delete only what is published or waiting", () => {
    expect(commentStatuses.filter(authorMayDelete)).toEqual(["pending", "approved"]);
  });

  it("lets authors edit for five minutes, unless a moderator has ruled", () => {
    const createdAt = new Date("2026-03-01T12:00:00Z");
    const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000);
    const comment = { status: "approved" as const, createdAt, moderatedByPerson: false };
    expect(authorMayEdit(comment, at(4.9))).toBe(true);
    expect(authorMayEdit(comment, at(5.1))).toBe(false);
    expect(authorMayEdit({ ...comment, moderatedByPerson: true }, at(1))).toBe(false);
    expect(authorMayEdit({ ...comment, status: "rejected" }, at(1))).toBe(false);
  });

  it("counts a comment on the story while it is approved", () => {
    expect(approvedDelta(null, "approved")).toBe(1);
    expect(approvedDelta(null, "pending")).toBe(0);
    expect(approvedDelta("approved", "spam")).toBe(-1);
    expect(approvedDelta("approved", "approved")).toBe(0);
    expect(approvedDelta("pending", "approved")).toBe(1);
  });
});
