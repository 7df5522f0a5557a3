import { documentFromParagraphs } from "@/lib/article-document";

/** What the story editor sends for a plain open story; tests name only the fields they are about. */
export function storyPayload(fields: { sectionId: unknown; authorIds: unknown } & Record<string, unknown>) {
  return {
    kicker: "",
    headline: "خبر للاختبار",
    dek: "",
    dateline: "",
    source: "",
    body: documentFromParagraphs(["نص"]),
    tags: [],
    cover: null,
    slug: "",
    slugEdited: false,
    seoTitle: "",
    seoDescription: "",
    commentMode: "open",
    isBreaking: false,
    ...fields,
  };
}
