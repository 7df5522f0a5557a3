import type { UserRole } from "@/db/schema/enums";

// Who may do what, as one table. Each capability lists the roles that hold it;
// admins hold every capability.
const capabilityRoles = {
  "comment.create": ["reader", "writer", "editor", "moderator"],
  "comment.report": ["reader", "writer", "editor", "moderator"],
  "article.create": ["writer", "editor"],
  "article.editOwn": ["writer", "editor"],
  "article.submit": ["writer", "editor"],
  "article.editAny": ["editor"],
  "article.publish": ["editor"],
  "article.schedule": ["editor"],
  "article.unpublish": ["editor"],
  // Corrections, clarifications and updates appended to a story readers have seen.
  "article.correct": ["editor"],
  // Live coverage: starting and ending it, and putting its updates before readers (publishing,
  // editing, pinning or removing a published update). Writers draft updates for an editor.
  "live.cover": ["editor"],
  "live.draftUpdate": ["writer", "editor"],
  "live.publishUpdate": ["editor"],
  // The wire desk: agency items in, and stories made from them.
  "wire.read": ["writer", "editor"],
  "taxonomy.manage": ["editor"],
  // Spellings search treats as one word (انفيديا، Nvidia).
  "search.synonyms": ["editor"],
  "comment.moderate": ["moderator"],
  "commenter.suspend": ["moderator"],
  "wordlist.manage": ["moderator"],
  // The moderation log: who decided what about comments, commenters, word lists and settings.
  "moderation.audit": [],
  "user.manage": [],
  // The outgoing mail queue; in the embedded demo without SMTP, where messages are kept.
  "mail.outbox": [],
  "settings.manage": [],
} as const satisfies Record<string, readonly Exclude<UserRole, "admin">[]>;

export type Capability = keyof typeof capabilityRoles;
export const capabilities = Object.keys(capabilityRoles) as Capability[];

export function roleCan(role: UserRole, capability: Capability): boolean {
  return role === "admin" || (capabilityRoles[capability] as readonly UserRole[]).includes(role);
}

