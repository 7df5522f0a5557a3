import { ar } from "@/lib/i18n/ar";
import { countLinks } from "../link-counter";
import type { ModerationPhase } from "../types";

/** Holds a comment with more links than the site allows for review. */
export const holdTooManyLinks: ModerationPhase = ({ comment, settings }) => {
  const links = countLinks(comment.text);
  if (links <= settings.maxLinks) return undefined;
  return {
    outcome: "stored",
    status: "pending",
    rule: "links",
    reason: ar.moderation.pending.links,
    evidence: { kind: "links", links, max: settings.maxLinks },
  };
};
