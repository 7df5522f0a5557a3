import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { getArticlePreview } from "@/lib/dal/newsroom-articles";
import { ar } from "@/lib/i18n/ar";
import { parseUuidParam } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: ar.editor.actions.preview, robots: { index: false, follow: false } };

// The same components as the public story page, fed the saved story whatever its status;
// rendered per request for staff who may edit it, and never cached.
export default async function PreviewPage({ params }: PageProps<"/editor/articles/[id]/preview">) {
  const id = parseUuidParam((await params).id);
  if (!id) notFound();
  const viewer = await requireCapabilityPage("article.create", `/editor/articles/${id}/preview`);
  const article = await getArticlePreview(viewer, id);
  if (!article) notFound();
  const status = article.status;
  return (
    <>
      <div className="preview-banner" role="note">
        <p>{ar.editor.preview.banner(ar.editor.status[status])}</p>
        <Link href={`/editor/articles/${id}`}>{ar.editor.preview.back}</Link>
      </div>
      <ArticleView article={article} />
    </>
  );
}
