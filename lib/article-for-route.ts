import { notFound, permanentRedirect } from "next/navigation";
import { findRenamedArticleSlug, getArticle } from "@/lib/cache/reads";
import type { ArticleDetail } from "@/lib/dal/public-articles";
import { parseSlugParam } from "@/lib/validation/route-params";

/**
 * The published story a route's slug names, or null. A slug the story had before answers with
 * a permanent redirect to `pathFor(current slug)`.
 */
export async function findArticleForRoute(slugParam: string, pathFor: (slug: string) => string): Promise<ArticleDetail | null> {
  const slug = parseSlugParam(slugParam);
  if (!slug) return null;
  const article = await getArticle(slug);
  if (article) return article;
  const renamed = await findRenamedArticleSlug(slug);
  if (renamed) permanentRedirect(pathFor(renamed));
  return null;
}

/** The same, with anything else answered by the Arabic 404 page. */
export async function articleForRoute(slugParam: string, pathFor: (slug: string) => string): Promise<ArticleDetail> {
  return (await findArticleForRoute(slugParam, pathFor)) ?? notFound();
}
