import Link from "next/link";
import { can, type Viewer } from "@/lib/permissions/viewer";
import { ar } from "@/lib/i18n/ar";

type Area = "queue" | "words" | "settings" | "log";

const areas: { area: Area; href: string }[] = [
  { area: "queue", href: "/moderation" },
  { area: "words", href: "/moderation/words" },
  { area: "settings", href: "/moderation/settings" },
  { area: "log", href: "/moderation/log" },
];

/** The desk's sections; the log is for those who may read it. */
export function DeskNav({ current, viewer }: { current: Area; viewer: Viewer }) {
  return (
    <nav className="desk-nav" aria-label={ar.moderationDesk.title}>
      <ul>
        {areas
          .filter(({ area }) => area !== "log" || can(viewer, "moderation.audit"))
          .map(({ area, href }) => (
            <li key={area}>
              <Link href={href} aria-current={area === current ? "page" : undefined}>
                {ar.moderationDesk.nav[area]}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
