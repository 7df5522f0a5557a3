import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { findRenamedArticleSlug, getArticle } from "@/lib/cached-reads";
import { articlePath } from "@/lib/routes";
import { parseSlugParam } from "@/lib/validation/route-params";

// Stories are rendered on their first visit and then served from the cache until
// publishing invalidates their tag; none is rendered at build time.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/articles/[slug]">;

async function loadArticle(params: Props["params"]) {
  const slug = parseSlugParam((await params).slug);
  if (!slug) notFound();
  const article = await getArticle(slug);
  if (article) return article;
  const renamed = await findRenamedArticleSlug(slug);
  if (renamed) permanentRedirect(articlePath(renamed));
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle(params);
  return {
    title: article.seoTitle || article.headline,
    description: article.seoDescription || article.dek || undefined,
    alternates: { canonical: articlePath(article.slug) },
  };
}

export default async function ArticlePage({ params }: Props) {
  return <ArticleView article={await loadArticle(params)} />;
}
