import type { Metadata } from "next";
import { cache } from "react";
import { NotFoundInPlace } from "@/components/layout/not-found-page";
import { SearchPage, searchMetadata } from "@/components/search/search-page";
import { keptSearchRequest } from "@/lib/search/kept-route";
import { notFoundMetadata } from "@/lib/seo";

// A kept results page (lib/search/kept-route.ts): rendered on its first request, then served from
// the cache until publishing or the synonym table expires it, unless it found nothing.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/search/[request]">;

/** The metadata and the page read one segment: decode it once per render. */
const requestOf = cache(keptSearchRequest);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const request = requestOf((await params).request);
  return request ? searchMetadata(request) : notFoundMetadata;
}

export default async function KeptSearchPage({ params }: Props) {
  const request = requestOf((await params).request);
  return request ? <SearchPage request={request} /> : <NotFoundInPlace />;
}
