import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { StoryCard } from "@/components/article/story-card";
import { NotFoundInPlace } from "@/components/layout/not-found-page";
import { JsonLd } from "@/components/seo/json-ld";
import { getHomePage } from "@/lib/cache/reads";
import { ar } from "@/lib/i18n/ar";
import { FRONT_PAGE_EDITION, sectionPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import { alternatesFor, notFoundMetadata, openGraphFor, site } from "@/lib/seo";
import { websiteJsonLd } from "@/lib/structured-data";

// "/" is rewritten here (next.config.ts) so that the home page is an on-demand ISR page like a
// story: rendered on its first visit, then served from the cache until publishing invalidates
// it, and never rendered at build time, when there is no database to read.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/front-page/[edition]">): Promise<Metadata> {
  if ((await params).edition !== FRONT_PAGE_EDITION) return notFoundMetadata;
  return {
    alternates: alternatesFor("/"),
    openGraph: openGraphFor({ title: `${ar.site.name}: ${ar.site.tagline}`, description: ar.site.description, url: "/" }),
  };
}

export default async function HomePage({ params }: PageProps<"/front-page/[edition]">) {
  if ((await params).edition !== FRONT_PAGE_EDITION) return <NotFoundInPlace />;
  const { lead, latest, rails } = await getHomePage();

  return (
    <>
      <JsonLd data={websiteJsonLd(site, "/search?q={search_term_string}")} />
      <h1 className="visually-hidden">{`${ar.site.name}: ${ar.site.tagline}`}</h1>
      {lead ? (
        <div className="front-page">
          <section className="front-page__lead" aria-label={ar.home.lead}>
            <StoryCard article={lead} variant="lead" priority />
          </section>
          <section className="front-page__latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="rail-heading">
              {ar.home.latest}
            </h2>
            <div className="story-list">
              {latest.map((article) => (
                <StoryCard key={article.id} article={article} variant="compact" />
              ))}
            </div>
          </section>
        </div>
      ) : (
        <p className="empty-state">{ar.home.empty}</p>
      )}
      {rails.map(({ section, articles }) => (
        <section key={section.slug} className="section-rail" aria-labelledby={`rail-${section.slug}`}>
          <h2 id={`rail-${section.slug}`} className="rail-heading">
            <IntentLink href={linkPath(sectionPath(section.slug))}>{section.name}</IntentLink>
          </h2>
          <div className="story-grid">
            {articles.map((article) => (
              <StoryCard key={article.id} article={article} />
            ))}
          </div>
          <p className="section-rail__more">
            <IntentLink href={linkPath(sectionPath(section.slug))}>{ar.home.moreFrom(section.name)}</IntentLink>
          </p>
        </section>
      ))}
    </>
  );
}
