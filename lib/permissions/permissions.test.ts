import { describe, expect, it } from "vitest";
import { userRoles, type UserRole } from "@/db/schema/enums";
import { capabilities, roleCan, type Capability } from "./permissions";

// The table as a newcomer should read it; a change to permissions.ts must change this too.
const expected: Record<UserRole, Capability[]> = {
  reader: ["comment.create", "comment.report"],
  writer: ["comment.create", "comment.report", "article.create", "article.editOwn", "article.submit", "live.draftUpdate", "wire.read"],
  editor: [
    "comment.create",
    "comment.report",
    "article.create",
    "article.editOwn",
    "article.submit",
    "article.editAny",
    "article.publish",
    "article.schedule",
    "article.unpublish",
    "article.correct",
    "live.cover",
    "live.draftUpdate",
    "live.publishUpdate",
    "wire.read",
    "taxonomy.manage",
    "search.synonyms",
  ],
  moderator: ["comment.create", "comment.report", "comment.moderate", "commenter.suspend", "wordlist.manage"],
  admin: capabilities,
};

describe("capability table", () => {
  it.each(userRoles)("gives %s exactly its capabilities", (role) => {
    const held = capabilities.filter((capability) => roleCan(role, capability));
    expect(held.sort()).toEqual([...expected[role]].sort());
  });

  it("keeps users, roles, site settings and the moderation log for admins alone", () => {
    for (const role of userRoles.filter((r) => r !== "admin")) {
      expect(roleCan(role, "user.manage")).toBe(false);
      expect(roleCan(role, "settings.manage")).toBe(false);
      expect(roleCan(role, "moderation.audit")).toBe(false);
    }
  });
});
