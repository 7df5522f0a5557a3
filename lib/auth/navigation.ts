import { ar } from "@/lib/i18n/ar";
import type { Capability } from "./permissions";
import { can, type Viewer } from "./viewer";

// The staff areas a role may open, for the site header. Pages check again for themselves.
const staffAreas: { href: string; label: string; capability: Capability }[] = [
  { href: "/editor", label: ar.newsroom.editor, capability: "article.create" },
  { href: "/moderation", label: ar.newsroom.moderation, capability: "comment.moderate" },
  { href: "/admin/users", label: ar.newsroom.users, capability: "user.manage" },
];

export function staffLinksFor(viewer: Viewer) {
  return staffAreas.filter((area) => can(viewer, area.capability)).map(({ href, label }) => ({ href, label }));
}
