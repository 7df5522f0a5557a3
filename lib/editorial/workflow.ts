import type { ArticleStatus } from "@/db/schema/enums";
import type { Capability } from "@/lib/permissions/permissions";
import { roleCan } from "@/lib/permissions/permissions";
import type { SignedInViewer } from "@/lib/permissions/viewer";

// The editorial workflow as one table: each action, the statuses it starts from, where it
// leads, and the capability it needs. Writers may act on their own stories only where the
// row says so; everything else needs the capability outright. The scheduler's move from
// scheduled to published is the one transition no person makes (lib/dal/scheduled-publishing.ts).

/** The statuses in the order the desk shows them (the same as the database enum). */
export const deskStatuses = ["draft", "in_review", "scheduled", "published", "archived"] as const satisfies readonly ArticleStatus[];

export const workflowActions = ["submit", "withdraw", "return", "publish", "schedule", "unschedule", "unpublish", "archive", "unarchive"] as const;
export type WorkflowAction = (typeof workflowActions)[number];

interface Transition {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  capability: Capability;
  /** An author holding `capability` may act on their own story only; others need `anyCapability`. */
  ownOnly?: { anyCapability: Capability };
  /** The body must have words before the story leaves the writer's hands. */
  needsBody?: boolean;
}

export const transitions: Record<WorkflowAction, Transition> = {
  // A writer hands a draft to the desk.
  submit: { from: ["draft"], to: "in_review", capability: "article.submit", ownOnly: { anyCapability: "article.editAny" }, needsBody: true },
  // The writer takes it back to keep working.
  withdraw: { from: ["in_review"], to: "draft", capability: "article.submit", ownOnly: { anyCapability: "article.editAny" } },
  // An editor sends it back to the writer.
  return: { from: ["in_review"], to: "draft", capability: "article.publish" },
  publish: { from: ["draft", "in_review", "scheduled"], to: "published", capability: "article.publish", needsBody: true },
  schedule: { from: ["draft", "in_review", "scheduled"], to: "scheduled", capability: "article.schedule", needsBody: true },
  unschedule: { from: ["scheduled"], to: "draft", capability: "article.schedule" },
  unpublish: { from: ["published"], to: "draft", capability: "article.unpublish" },
  archive: { from: ["draft", "in_review", "published"], to: "archived", capability: "article.unpublish" },
  unarchive: { from: ["archived"], to: "draft", capability: "article.unpublish" },
};

export interface StoryAccess {
  status: ArticleStatus;
  /** The viewer created the story or is one of its bylines. */
  isOwn: boolean;
}

/** May the viewer take `action` on this story now? */
export function canTransition(viewer: SignedInViewer, action: WorkflowAction, story: StoryAccess): boolean {
  const transition = transitions[action];
  if (!transition.from.includes(story.status)) return false;
  if (!roleCan(viewer.role, transition.capability)) return false;
  if (transition.ownOnly && !story.isOwn && !roleCan(viewer.role, transition.ownOnly.anyCapability)) return false;
  return true;
}

export function availableActions(viewer: SignedInViewer, story: StoryAccess): WorkflowAction[] {
  return workflowActions.filter((action) => {
    // An editor returning a story makes "withdraw" redundant for them, and vice versa for writers.
    if (action === "withdraw" && roleCan(viewer.role, "article.publish")) return false;
    return canTransition(viewer, action, story);
  });
}

/** Writers edit their own stories until the desk has them; editors edit anything not archived. */
export function canEditStory(viewer: SignedInViewer, story: StoryAccess): boolean {
  if (story.status === "archived") return false;
  if (roleCan(viewer.role, "article.editAny")) return true;
  return roleCan(viewer.role, "article.editOwn") && story.isOwn && (story.status === "draft" || story.status === "in_review");
}

/** Who may open a story in the editor at all (read-only when they may not edit it). */
export function canOpenStory(viewer: SignedInViewer, story: StoryAccess): boolean {
  return roleCan(viewer.role, "article.editAny") || (roleCan(viewer.role, "article.editOwn") && story.isOwn);
}
