import { describe, expect, it } from "vitest";
import type { UserRole } from "@/db/schema/enums";
import { currentLanding, landingChoicesFor, landingPathFor, staffLinksFor } from "./navigation";
import type { SignedInViewer } from "./viewer";

describe("where people land after signing in", () => {
  it("sends staff to where they work and readers home", () => {
    expect(landingPathFor("writer", null)).toBe("/editor");
    expect(landingPathFor("editor", null)).toBe("/editor");
    expect(landingPathFor("moderator", null)).toBe("/moderation");
    expect(landingPathFor("admin", null)).toBe("/editor");
    expect(landingPathFor("reader", null)).toBe("/");
  });

  it("honours a choice the role still allows, and falls back when it no longer does", () => {
    expect(landingPathFor("admin", "users")).toBe("/admin/users");
    expect(landingPathFor("admin", "home")).toBe("/");
    // An admin who chose the users page and became a moderator lands on the queue.
    expect(landingPathFor("moderator", "users")).toBe("/moderation");
    expect(currentLanding("moderator", "users")).toBe("moderation");
  });

  it("offers each role the home page and the areas it may open", () => {
    expect(landingChoicesFor("admin").map((choice) => choice.landing)).toEqual(["home", "desk", "moderation", "users"]);
    expect(landingChoicesFor("writer").map((choice) => choice.landing)).toEqual(["home", "desk"]);
    expect(landingChoicesFor("reader").map((choice) => choice.landing)).toEqual(["home"]);
  });
});

describe("the staff links in the header", () => {
  const linksOf = (role: UserRole) => staffLinksFor({ role } as SignedInViewer).map((link) => link.href);

  it("lists the wire desk for those who read it, without making it a landing page", () => {
    expect(linksOf("writer")).toEqual(["/editor", "/editor/wire"]);
    expect(linksOf("editor")).toEqual(["/editor", "/editor/wire"]);
    expect(linksOf("moderator")).toEqual(["/moderation"]);
    expect(linksOf("reader")).toEqual([]);
    expect(landingChoicesFor("editor").map((choice) => choice.href)).not.toContain("/editor/wire");
  });
});
