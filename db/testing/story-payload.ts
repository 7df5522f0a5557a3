import { documentFromParagraphs } from "@/lib/article-document";
import { blankDraft } from "@/lib/editorial/save-session";

/** What the story editor sends for a plain open story; tests name only the fields they are about. */
export function storyPayload(fields: { sectionId: unknown; authorIds: unknown } & Record<string, unknown>) {
  return { ...blankDraft(0, []), headline: "خبر للاختبار", body: documentFromParagraphs(["نص"]), ...fields };
}
