import type { ArticleStatus } from "@/db/schema/enums";
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

export type SaveOutcome =
  | { ok: true; articleId: string; version: number; slug: string; status: ArticleStatus; savedAt: string; savedAtLabel: string; changed: boolean; actions: WorkflowAction[]; canEdit: boolean }
  | { ok: false; kind: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | ({ ok: false; kind: "conflict"; message: string } & ConflictDetails)
  | { ok: false; kind: "refused"; message: string };

export type TransitionOutcome =
  | {
      ok: true;
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
    }
  | { ok: false; kind: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | ({ ok: false; kind: "conflict"; message: string } & ConflictDetails)
  | { ok: false; kind: "refused"; message: string };
