import { emptyDocument } from "@/lib/article-document";
import type { ConflictDetails, SaveOutcome } from "./outcomes";
import type { ArticleSnapshot } from "./snapshot";

// The story editor's save loop without React or a browser: which version a save names, whether
// what is typed is saved, one save at a time, and what a refusal or a colleague's save means.

export const AUTOSAVE_AFTER_MS = 2_500;
export const RETRY_AFTER_MS = 10_000;

/** What the editor holds: the story's content, and whether its slug stopped following the headline. */
export type Draft = ArticleSnapshot & { slugEdited: boolean };

/** A story not yet written, in a section and signed by its authors. */
export function blankDraft(sectionId: number, authorIds: string[]): Draft {
  return {
    kicker: "",
    headline: "",
    dek: "",
    dateline: "",
    source: "",
    body: emptyDocument(),
    sectionId,
    tags: [],
    authorIds,
    cover: null,
    slug: "",
    slugEdited: false,
    seoTitle: "",
    seoDescription: "",
    commentMode: "open",
    isBreaking: false,
  };
}

export type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; label: string }
  | { kind: "invalid"; message: string }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string };

export type Conflict = ConflictDetails & { message: string };
export type Saved = Extract<SaveOutcome, { ok: true }>;

export interface SaveRequest {
  /** Null until the story exists: the first save creates it. */
  articleId: string | null;
  baseVersion: number;
  markAsUpdate: boolean;
  content: Draft;
  auto: boolean;
}

/** What the page shows of the session; fixed for its life. */
export interface SaveSessionView {
  /** Sends a save to the server; throws when it could not be delivered. */
  send(request: SaveRequest): Promise<SaveOutcome>;
  onState(state: SaveState): void;
  /** Errors by field from the last answer; empty after a save went through. */
  onFieldErrors(fieldErrors: Record<string, string[]>): void;
  onConflict(conflict: Conflict | null): void;
  messages: { offline: string; savedAt: (label: string) => string };
}

/** What the session asks of the editor around it; connected again after every render. */
export interface SaveSessionLinks {
  /** What to save now: the draft as typed, and whether readers are to be told it was updated. */
  read(): { draft: Draft; markAsUpdate: boolean };
  /** A save went through; `created` when it created the story, `clean` when nothing was typed meanwhile. */
  onSaved(outcome: Saved, sent: Draft, facts: { created: boolean; clean: boolean }): void;
  /** Asks for another save after this many milliseconds (the autosave timer). */
  schedule(delayMs: number): void;
}

export class SaveSession {
  private changes = 0;
  private savedChanges = 0;
  private inFlight: Promise<boolean> | null = null;
  private conflictHeld: Conflict | null = null;
  private links: SaveSessionLinks | null = null;

  constructor(
    public articleId: string | null,
    public version: number,
    private readonly view: SaveSessionView,
  ) {}

  connect(links: SaveSessionLinks) {
    this.links = links;
  }

  private get editor(): SaveSessionLinks {
    if (!this.links) throw new Error("SaveSession used before connect()");
    return this.links;
  }

  get dirty(): boolean {
    return this.changes !== this.savedChanges;
  }

  get conflict(): Conflict | null {
    return this.conflictHeld;
  }

  /** Something was typed: it is unsaved until a save that started after it succeeds. */
  edited() {
    this.changes += 1;
    if (!this.conflictHeld) this.view.onState({ kind: "dirty" });
  }

  /** A workflow move went through and the server's story is now at this version. */
  moved(version: number) {
    this.version = version;
  }

  /** A copy kept in the browser replaces the text; made from an older version, it goes through the conflict check like any save. */
  restored(baseVersion: number) {
    this.version = baseVersion || this.version;
    this.edited();
  }

  /** Saves what is typed; false when it was not saved (refused, offline, or a conflict stands). */
  async save(kind: "auto" | "manual"): Promise<boolean> {
    if (this.inFlight) {
      await this.inFlight;
      // The save under way took what was typed before it; an autosave need not queue behind it.
      if (kind === "auto" || !this.dirty) return !this.conflictHeld;
    }
    const promise = this.run(kind === "auto").finally(() => {
      this.inFlight = null;
    });
    this.inFlight = promise;
    const ok = await promise;
    if (ok && this.dirty) this.editor.schedule(AUTOSAVE_AFTER_MS);
    return ok;
  }

  /** A colleague's save in between refused ours (or a workflow move): hold it until merged. */
  conflicted(conflict: Conflict) {
    const { by, at, server, message } = conflict;
    this.conflictHeld = { by, at, server, message };
    this.view.onConflict(this.conflictHeld);
    this.view.onState({ kind: "conflict", message });
  }

  /** The merged copy is saved over the colleague's version: what is held counts as a new edit. */
  resolveByMerging() {
    if (!this.conflictHeld) return;
    this.version = this.conflictHeld.server.version;
    this.clearConflict();
    this.changes += 1;
  }

  /** The colleague's version is taken whole: nothing is left to save. */
  resolveByTakingTheirs() {
    if (!this.conflictHeld) return;
    this.version = this.conflictHeld.server.version;
    this.savedChanges = this.changes;
    this.clearConflict();
    this.view.onState({ kind: "saved", label: this.view.messages.savedAt("—") });
  }

  private clearConflict() {
    this.conflictHeld = null;
    this.view.onConflict(null);
  }

  private async run(auto: boolean): Promise<boolean> {
    const startedAt = this.changes;
    const { draft, markAsUpdate } = this.editor.read();
    this.view.onState({ kind: "saving" });
    let outcome: SaveOutcome;
    try {
      outcome = await this.view.send({ articleId: this.articleId, baseVersion: this.version, markAsUpdate, content: draft, auto });
    } catch {
      this.view.onState({ kind: "error", message: this.view.messages.offline });
      this.editor.schedule(RETRY_AFTER_MS);
      return false;
    }
    if (outcome.ok) {
      const created = this.articleId === null;
      this.version = outcome.version;
      this.articleId = outcome.articleId;
      this.savedChanges = startedAt;
      this.view.onFieldErrors({});
      this.editor.onSaved(outcome, draft, { created, clean: !this.dirty });
      this.view.onState({ kind: "saved", label: this.view.messages.savedAt(outcome.savedAtLabel) });
      return true;
    }
    if (outcome.kind === "invalid") {
      this.view.onFieldErrors(outcome.fieldErrors ?? {});
      this.view.onState({ kind: "invalid", message: outcome.message });
    } else if (outcome.kind === "conflict") {
      this.conflicted(outcome);
    } else {
      this.view.onState({ kind: "error", message: outcome.message });
    }
    return false;
  }
}
