import type { Metadata } from "next";
import { newsroomTimeZoneName, defaultScheduleWallTime } from "@/lib/arabic/dates";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { getEditorOptions } from "@/lib/dal/newsroom-articles";
import { ar } from "@/lib/i18n/ar";
import { StoryEditor } from "../../story-editor";

export const metadata: Metadata = { title: ar.editor.newTitle, robots: { index: false } };

export default async function NewStoryPage() {
  const viewer = await requireCapabilityPage("article.create", "/editor/articles/new");
  const options = await getEditorOptions(viewer);
  return (
    <StoryEditor
      article={null}
      options={options}
      viewer={{ id: viewer.id, name: viewer.displayName }}
      timeZoneName={newsroomTimeZoneName()}
      defaultScheduleAt={defaultScheduleWallTime()}
      labels={{ publishedAt: null, scheduledFor: null, updatedAt: null, modifiedAt: null }}
    />
  );
}
