import type { ArticleStatus } from "@/db/schema/enums";
import type { ActionResult } from "@/lib/actions/result";
import type { ArticleSnapshot } from "./snapshot";
import type { WorkflowAction } from "./workflow";

// What the editor's server actions answer: plain data the client leaf can act on. Times come
// with labels formatted on the server, which formats every date the newsroom sees.

export interface ConflictDetails {
  /** Who saved in between, and when (ISO). */
  by: string;
  at: string;
  server: { version: number; status: ArticleStatus; content: ArticleSnapshot };
}

/** A colleague saved in between: the save names an older version. */
export type ConflictRefusal = { ok: false; kind: "conflict"; message: string } & ConflictDetails;

export type SaveOutcome =
  | ActionResult<{ articleId: string; version: number; slug: string; status: ArticleStatus; savedAt: string; savedAtLabel: string; changed: boolean; actions: WorkflowAction[]; canEdit: boolean }>
  | ConflictRefusal;

export type TransitionOutcome =
  | ActionResult<{
      status: ArticleStatus;
      version: number;
      /** The story's slug after the move: settled on its public address when it went out. */
      slug: string;
      publishedAt: string | null;
      scheduledFor: string | null;
      message: string;
      whenLabel: string | null;
      actions: WorkflowAction[];
      canEdit: boolean;
    }>
  | ConflictRefusal;
