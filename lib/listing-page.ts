import { notFound } from "next/navigation";
import type { Page } from "@/lib/dal/public-articles";
import { parsePageNumber } from "@/lib/validation/route-params";

/**
 * The page of a listing (section, tag, author) that `?page=` names, or the 404 for nonsense
 * and for pages past the end. Called by generateMetadata as well as the page (the read is
 * memoised), so that a 404 gets the 404 page's title rather than the listing's.
 */
export async function listingPage<T>(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
  load: (page: string) => Promise<Page<T>>,
): Promise<Page<T>> {
  const page = parsePageNumber((await searchParams).page);
  if (page === null) notFound();
  const listing = await load(String(page));
  if (page > listing.pageCount) notFound();
  return listing;
}
