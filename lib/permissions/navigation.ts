import type { LandingPage, UserRole } from "@/db/schema/enums";
import { ar } from "@/lib/i18n/ar";
import { roleCan, type Capability } from "./permissions";
import { can, type Viewer } from "./viewer";

// The staff areas a role may open, for the site header and for where staff land after signing
// in (an area without a landing is a link only). Pages check again for themselves.
type StaffArea = { landing: Exclude<LandingPage, "home"> | null; href: string; label: string; capability: Capability };
const staffAreas: StaffArea[] = [
  { landing: "desk", href: "/editor", label: ar.newsroom.editor, capability: "article.create" },
  { landing: null, href: "/editor/wire", label: ar.wire.heading, capability: "wire.read" },
  { landing: "moderation", href: "/moderation", label: ar.newsroom.moderation, capability: "comment.moderate" },
  { landing: "users", href: "/admin/users", label: ar.newsroom.users, capability: "user.manage" },
];

export function staffLinksFor(viewer: Viewer) {
  return staffAreas.filter((area) => can(viewer, area.capability)).map(({ href, label }) => ({ href, label }));
}

/** The pages a role may choose to land on: the home page and every staff area it may open. */
export function landingChoicesFor(role: UserRole): { landing: LandingPage; href: string; label: string }[] {
  return [
    { landing: "home" as const, href: "/", label: ar.site.home },
    ...staffAreas.flatMap(({ landing, href, label, capability }) => (landing && roleCan(role, capability) ? [{ landing, href, label }] : [])),
  ];
}

/**
 * Where someone lands after signing in with no page to return to: the page they chose if their
 * role still opens it, otherwise where their role works (the first staff area it opens: the desk
 * for writers, editors and admins, the queue for moderators), and the home page for readers.
 */
export function landingPathFor(role: UserRole, chosen: LandingPage | null): string {
  const choices = landingChoicesFor(role);
  return (choices.find((choice) => choice.landing === chosen) ?? choices[1] ?? choices[0]!).href;
}

/** The landing a person has now: their choice while their role allows it, else their role's own. */
export function currentLanding(role: UserRole, chosen: LandingPage | null): LandingPage {
  const path = landingPathFor(role, chosen);
  return landingChoicesFor(role).find((choice) => choice.href === path)!.landing;
}
