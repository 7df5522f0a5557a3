import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { HighlightedText } from "@/components/search/highlighted-text";
import { SearchForm } from "@/components/search/search-form";
import { Pagination } from "@/components/ui/pagination";
import { TimeStamp } from "@/components/ui/time-stamp";
import { leavePageUnkept } from "@/lib/cache/next-cache";
import { listSections, searchCorrection, searchStories, searchSuggestions } from "@/lib/cache/reads";
import type { SectionDto } from "@/lib/dal/sections";
import { ar } from "@/lib/i18n/ar";
import { articlePath, searchPath, sectionPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import { parseSearchQuery } from "@/lib/search/query";
import { alternatesFor } from "@/lib/seo";
import type { SearchRequest } from "@/lib/validation/search";

/** A search's metadata: the query in the title, and no place in search engines' indexes. */
export function searchMetadata(request: SearchRequest): Metadata {
  const { text } = parseSearchQuery(request.q);
  return {
    title: text ? ar.search.metaTitle(text) : ar.search.title,
    alternates: alternatesFor("/search"),
    robots: { index: false, follow: true },
  };
}

/** The search page: its form, and the results of the search it was given, if any. */
export async function SearchPage({ request }: { request: SearchRequest }) {
  const { text, terms } = parseSearchQuery(request.q);
  const sections = await listSections();

  return (
    <div className="search-page">
      <header className="search-page__header">
        <h1>{text ? ar.search.resultsFor(text) : ar.search.title}</h1>
        <SearchForm request={request} sections={sections} />
      </header>
      {!text ? (
        <p className="search-page__prompt">{ar.search.prompt}</p>
      ) : terms.length === 0 ? (
        <NoResults request={request} message={ar.search.noTerms} sections={sections} />
      ) : (
        <Results request={request} sections={sections} />
      )}
    </div>
  );
}

async function Results({ request, sections }: { request: SearchRequest; sections: SectionDto[] }) {
  const { query, items, total, capped, page, pageCount } = await searchStories(
    request.q,
    request.section,
    request.from,
    request.to,
    request.page,
  );
  if (total === 0) return <NoResults request={request} message={ar.search.noResults(query)} sections={sections} />;
  const correction = <DidYouMean request={request} found={total} />;
  const at = (target: number) => linkPath(searchPath({ ...request, page: target }));

  if (items.length === 0) {
    await leavePageUnkept();
    return (
      <p className="search-page__count">
        {ar.search.pastTheEnd} <IntentLink href={at(1)}>{ar.search.firstPage}</IntentLink>
      </p>
    );
  }

  return (
    <>
      <p className="search-page__count">{ar.search.resultCount(total, capped)}</p>
      {correction}
      <ol className="search-results">
        {items.map((item) => (
          <li key={item.id} className="search-result">
            <p className="kicker">
              <IntentLink href={linkPath(sectionPath(item.section.slug))}>{item.section.name}</IntentLink>
            </p>
            <h2 className="search-result__headline">
              <IntentLink href={linkPath(articlePath(item.slug))}>
                <HighlightedText parts={item.headlineParts} />
              </IntentLink>
            </h2>
            {item.snippet.length > 0 && (
              <p className="search-result__snippet">
                <HighlightedText parts={item.snippet} />
              </p>
            )}
            <p className="story-card__meta">
              <TimeStamp value={item.publishedAt} recent />
            </p>
          </li>
        ))}
      </ol>
      <Pagination page={page} pageCount={pageCount} pathFor={at} labels={ar.search} />
    </>
  );
}

async function NoResults({ request, message, sections }: { request: SearchRequest; message: string; sections: SectionDto[] }) {
  const { withoutFilters, singleWords } = await searchSuggestions(request.q, request.section, request.from, request.to);
  await leavePageUnkept();
  return (
    <section className="search-empty" aria-labelledby="search-empty-heading">
      <h2 id="search-empty-heading">{message}</h2>
      <DidYouMean request={request} found={0} />
      <ul className="search-empty__tips">
        {withoutFilters !== null && withoutFilters > 0 && (
          <li>
            <IntentLink href={linkPath(searchPath({ q: request.q }))}>{ar.search.withoutFilters(withoutFilters)}</IntentLink>
          </li>
        )}
        {singleWords.length > 0 && (
          <li>
            {ar.search.tryWords}{" "}
            {singleWords.map(({ word }, index) => (
              <span key={word}>
                {index > 0 && "، "}
                <IntentLink href={linkPath(searchPath({ ...request, q: word, page: 1 }))}>{word}</IntentLink>
              </span>
            ))}
          </li>
        )}
        <li>{ar.search.tipSpelling}</li>
        <li>{ar.search.tipFewerWords}</li>
      </ul>
      <p>
        {ar.search.browseSections}{" "}
        {sections.map((section, index) => (
          <span key={section.slug}>
            {index > 0 && "، "}
            <IntentLink href={linkPath(sectionPath(section.slug))}>{section.name}</IntentLink>
          </span>
        ))}
      </p>
    </section>
  );
}

/** "هل تقصد …؟" when a search found little and a corrected spelling finds more. */
async function DidYouMean({ request, found }: { request: SearchRequest; found: number }) {
  const correction = await searchCorrection(request.q, request.section, request.from, request.to, found);
  if (!correction) return null;
  return (
    <p className="search-page__correction">
      {ar.search.didYouMean}{" "}
      <IntentLink href={linkPath(searchPath({ ...request, q: correction.query, page: 1 }))}>
        <bdi>{correction.query}</bdi>
      </IntentLink>
      ؟
    </p>
  );
}
