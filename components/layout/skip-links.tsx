"use client";

import { usePathname } from "next/navigation";
import { ar } from "@/lib/i18n/site";

// A story's page ends in its comment thread (components/article/comments-section.tsx, #comments);
// its thread page (/comments) has one of its own. Both are worth a key press to reach.
const STORY = /^\/articles\/[^/]+(\/comments)?\/?$/;

/** The first stops for the keyboard: the content, and on a story the comments. */
export function SkipLinks() {
  const pathname = usePathname();
  return (
    <>
      <a className="skip-link" href="#main">
        {ar.site.skipToContent}
      </a>
      {STORY.test(pathname) && (
        <a className="skip-link" href="#comments">
          {ar.site.skipToComments}
        </a>
      )}
    </>
  );
}
