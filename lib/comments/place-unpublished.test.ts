import { describe, expect, it } from "vitest";
import { placeUnpublished } from "./place-unpublished";
import type { CommentView } from "./types";

function view(id: string, createdAt: string, overrides: Partial<CommentView> = {}): CommentView {
  return {
    id,
    parentId: null,
    authorName: "قارئ",
    isGuest: false,
    body: id,
    status: "approved",
    createdAt,
    createdAtLabel: createdAt,
    edited: false,
    replyCount: 0,
    replies: [],
    ...overrides,
  };
}

describe("placeUnpublished", () => {
  const page = {
    comments: [view("a", "2026-01-01T10:00:00Z", { replies: [view("a1", "2026-01-01T10:05:00Z", { parentId: "a" })] })],
    nextCursor: null,
  };

  it("puts a pending reply under its parent, in time order", () => {
    const reply = view("mine", "2026-01-01T10:03:00Z", { parentId: "a", status: "pending" });
    const { page: placed, apart } = placeUnpublished(page, [reply]);
    expect(placed.comments[0]!.replies.map((r) => r.id)).toEqual(["mine", "a1"]);
    expect(apart).toEqual([]);
  });

  it("keeps top-level comments, and replies to comments on other pages, apart", () => {
    const topLevel = view("t", "2026-01-01T11:00:00Z", { status: "pending" });
    const elsewhere = view("e", "2026-01-01T11:00:00Z", { parentId: "z", status: "rejected" });
    const { page: placed, apart } = placeUnpublished(page, [topLevel, elsewhere]);
    expect(apart.map((c) => c.id)).toEqual(["t", "e"]);
    expect(placed).toEqual(page);
  });
});
