import type { Metadata } from "next";
import { SearchPage, searchMetadata } from "@/components/search/search-page";
import { parseSearchParams } from "@/lib/validation/search";

// Searches with dates, or past their first pages, render per request; proxy.ts sends the rest to
// the kept results pages ([request]/page.tsx).

type Props = PageProps<"/search">;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(parseSearchParams(await searchParams));
}

export default async function SearchRequestPage({ searchParams }: Props) {
  return <SearchPage request={parseSearchParams(await searchParams)} />;
}
