import { LiveBreakingStrip } from "@/components/live/live-breaking-strip";
import { getBreakingNews } from "@/lib/cache/reads";
import { isBuildPhase } from "@/lib/env";

const noBreakingNews = { stories: [], since: null };

async function breakingNews() {
  // The build opens no database, and a page still renders while it is away: without the strip.
  if (isBuildPhase) return noBreakingNews;
  try {
    return await getBreakingNews();
  } catch (error) {
    console.error("Could not load the breaking strip", error);
    return noBreakingNews;
  }
}

/** Every public page opens with the breaking strip, which the newsroom can change while it is open. */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const breaking = await breakingNews();
  return (
    <>
      <LiveBreakingStrip initial={breaking.stories} since={breaking.since} />
      {children}
    </>
  );
}
