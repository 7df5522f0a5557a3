import { describe, expect, it } from "vitest";
import type { ArticleStatus, UserRole } from "@/db/schema/enums";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { availableActions, canEditStory, canOpenStory, canTransition, deskStatuses, transitions, workflowActions, type WorkflowAction } from "./workflow";

const viewer = (role: UserRole): SignedInViewer => ({ id: "u", email: `${role}@khabar.test`, displayName: role, role });

// The table as the newsroom reads it: who may take each step, from where, to where.
const expected: Record<WorkflowAction, { from: ArticleStatus[]; to: ArticleStatus; roles: UserRole[]; ownOnlyFor?: UserRole[] }> = {
  submit: { from: ["draft"], to: "in_review", roles: ["writer", "editor", "admin"], ownOnlyFor: ["writer"] },
  withdraw: { from: ["in_review"], to: "draft", roles: ["writer", "editor", "admin"], ownOnlyFor: ["writer"] },
  return: { from: ["in_review"], to: "draft", roles: ["editor", "admin"] },
  publish: { from: ["draft", "in_review", "scheduled"], to: "published", roles: ["editor", "admin"] },
  schedule: { from: ["draft", "in_review", "scheduled"], to: "scheduled", roles: ["editor", "admin"] },
  unschedule: { from: ["scheduled"], to: "draft", roles: ["editor", "admin"] },
  unpublish: { from: ["published"], to: "draft", roles: ["editor", "admin"] },
  archive: { from: ["draft", "in_review", "published"], to: "archived", roles: ["editor", "admin"] },
  unarchive: { from: ["archived"], to: "draft", roles: ["editor", "admin"] },
};
const roles: UserRole[] = ["reader", "writer", "editor", "moderator", "admin"];

describe("the workflow table", () => {
  it("has exactly the transitions the newsroom agreed", () => {
    for (const action of workflowActions) {
      expect(transitions[action].from, action).toEqual(expected[action].from);
      expect(transitions[action].to, action).toBe(expected[action].to);
    }
  });

  for (const action of workflowActions) {
    it(`lets exactly the right roles ${action}, from the right statuses`, () => {
      for (const role of roles) {
        for (const status of deskStatuses) {
          for (const isOwn of [true, false]) {
            const allowed =
              expected[action].from.includes(status) &&
              expected[action].roles.includes(role) &&
              (isOwn || !expected[action].ownOnlyFor?.includes(role));
            expect(canTransition(viewer(role), action, { status, isOwn }), `${role} ${action} ${status} own=${isOwn}`).toBe(allowed);
          }
        }
      }
    });
  }

  it("offers a writer submit on their draft, and nothing on a colleague's", () => {
    expect(availableActions(viewer("writer"), { status: "draft", isOwn: true })).toEqual(["submit"]);
    expect(availableActions(viewer("writer"), { status: "draft", isOwn: false })).toEqual([]);
    expect(availableActions(viewer("writer"), { status: "in_review", isOwn: true })).toEqual(["withdraw"]);
  });

  it("offers an editor the desk's decisions on a story in review", () => {
    expect(availableActions(viewer("editor"), { status: "in_review", isOwn: false })).toEqual(["return", "publish", "schedule", "archive"]);
    expect(availableActions(viewer("editor"), { status: "published", isOwn: false })).toEqual(["unpublish", "archive"]);
  });

  it("lets writers edit their own stories only until the desk has them", () => {
    const writer = viewer("writer");
    expect(canEditStory(writer, { status: "draft", isOwn: true })).toBe(true);
    expect(canEditStory(writer, { status: "in_review", isOwn: true })).toBe(true);
    expect(canEditStory(writer, { status: "scheduled", isOwn: true })).toBe(false);
    expect(canEditStory(writer, { status: "published", isOwn: true })).toBe(false);
    expect(canEditStory(writer, { status: "draft", isOwn: false })).toBe(false);
    expect(canOpenStory(writer, { status: "published", isOwn: true })).toBe(true);
    expect(canOpenStory(writer, { status: "draft", isOwn: false })).toBe(false);
  });

  it("lets editors edit anything but the archive, and readers nothing", () => {
    expect(canEditStory(viewer("editor"), { status: "published", isOwn: false })).toBe(true);
    expect(canEditStory(viewer("editor"), { status: "archived", isOwn: false })).toBe(false);
    expect(canOpenStory(viewer("reader"), { status: "draft", isOwn: true })).toBe(false);
    expect(canOpenStory(viewer("moderator"), { status: "draft", isOwn: true })).toBe(false);
  });
});
