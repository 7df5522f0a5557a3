import { notFound, permanentRedirect } from "next/navigation";
import { findRenamedArticleSlug, getArticle } from "@/lib/cached-reads";
import { parseSlugParam } from "@/lib/validation/route-params";

/**
 * The published story a route's slug names. A slug the story had before answers with a
 * permanent redirect to `pathFor(current slug)`; anything else is the Arabic 404 page.
 */
export async function articleForRoute(slugParam: string, pathFor: (slug: string) => string) {
  const slug = parseSlugParam(slugParam);
  if (!slug) notFound();
  const article = await getArticle(slug);
  if (article) return article;
  const renamed = await findRenamedArticleSlug(slug);
  if (renamed) permanentRedirect(pathFor(renamed));
  notFound();
}
