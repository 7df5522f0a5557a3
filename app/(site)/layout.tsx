import { LiveBreakingStrip } from "@/components/live/live-breaking-strip";
import { getBreakingNews } from "@/lib/cache/reads";

/** Every public page opens with the breaking strip, which the newsroom can change while it is open. */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const breaking = await getBreakingNews();
  return (
    <>
      <LiveBreakingStrip initial={breaking.stories} since={breaking.since} />
      {children}
    </>
  );
}
