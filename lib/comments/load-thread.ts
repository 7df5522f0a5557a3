import "server-only";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getViewer } from "@/lib/auth/session";
import { getCommentSettings, getThreadArticle, getThreadPage } from "@/lib/cache/reads";
import { getThreadViewer } from "@/lib/dal/comment-threads";
import { signFormToken } from "./form-token";
import type { ThreadOrder, ThreadPayload } from "./types";

/**
 * A page of a story's thread for whoever is reading: the public part from the data cache (by
 * the story's comments tag), the viewer's own part fresh from the database. Null for a story
 * that is not published.
 */
export async function loadThread(articleId: string, order: ThreadOrder, after: string | null): Promise<ThreadPayload | null> {
  const article = await getThreadArticle(articleId);
  if (!article) return null;
  const [page, settings, viewer] = await Promise.all([
    getThreadPage(articleId, order, after ?? ""),
    getCommentSettings(),
    getViewer().then((person) => getThreadViewer(person, articleId)),
  ]);
  return {
    article,
    order,
    page,
    viewer,
    guestComments: settings.guestComments && !viewer.signedIn,
    formToken: signFormToken(resolveAuthSecret(), articleId, Date.now()),
  };
}
