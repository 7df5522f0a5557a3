import type { SaveState } from "@/lib/editorial/save-session";
import { ar } from "@/lib/i18n/newsroom";

const t = ar.editor.save;

function wording(state: SaveState, isLive: boolean, needsHeadline: boolean): { text: string; tone: string } {
  switch (state.kind) {
    case "idle":
      return { text: needsHeadline ? t.needsHeadline : "", tone: "muted" };
    case "dirty":
      return { text: isLive ? t.unsavedLive : needsHeadline ? t.needsHeadline : t.unsaved, tone: isLive ? "warn" : "muted" };
    case "saving":
      return { text: t.saving, tone: "muted" };
    case "saved":
      return { text: state.label, tone: "ok" };
    case "conflict":
      return { text: t.conflictShort, tone: "error" };
    case "invalid":
    case "error":
      return { text: state.message, tone: "error" };
  }
}

/** Where the story stands against the server copy, announced politely as it changes. */
export function SaveIndicator({ state, isLive, needsHeadline }: { state: SaveState; isLive: boolean; needsHeadline: boolean }) {
  const { text, tone } = wording(state, isLive, needsHeadline);
  return (
    <p className={`save-indicator save-indicator--${tone}`} role="status" aria-live="polite" data-state={state.kind}>
      {text}
    </p>
  );
}
