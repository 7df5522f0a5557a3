"use client";

import { useState } from "react";
import { IntentLink } from "@/components/ui/intent-link";
import { ar } from "@/lib/i18n/site";
import { SITE_CHANNEL, type BreakingLink } from "@/lib/live/events";
import { useLiveChannel } from "./use-live-channel";

/** The breaking strip on every public page: as rendered, then as the newsroom changes it while the page is open. */
export function LiveBreakingStrip({ initial, since }: { initial: BreakingLink[]; since: number | null }) {
  const [stories, setStories] = useState(initial);
  useLiveChannel(SITE_CHANNEL, since, (event) => {
    if (event.kind === "breaking") setStories(event.stories);
  });
  return (
    <div aria-live="polite">
      {stories.length > 0 && (
        <aside className="breaking-strip" aria-label={ar.home.breaking}>
          <strong className="breaking-strip__label">{ar.home.breaking}</strong>
          <ul>
            {stories.map((story) => (
              <li key={story.path}>
                <IntentLink href={story.path}>{story.headline}</IntentLink>
              </li>
            ))}
          </ul>
        </aside>
      )}
    </div>
  );
}
