import type { Metadata } from "next";
import { SearchPage, searchMetadata } from "@/components/search/search-page";
import { parseSearchParams } from "@/lib/validation/search";

// Searches with dates, past their first pages or very long render here, per request; proxy.ts
// sends the rest to the kept results pages ([request]/page.tsx, lib/search/kept-route.ts).

type Props = PageProps<"/search">;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(parseSearchParams(await searchParams));
}

export default async function RenderedSearchPage({ searchParams }: Props) {
  return <SearchPage request={parseSearchParams(await searchParams)} />;
}
