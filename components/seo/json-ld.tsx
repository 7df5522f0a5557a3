import { serializeJsonLd } from "@/lib/structured-data";

/** Structured data for search engines. The JSON is escaped (see serializeJsonLd), never raw text. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
