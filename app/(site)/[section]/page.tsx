import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryListing } from "@/components/article/story-listing";
import { getSection, getSectionPage } from "@/lib/cache/reads";
import { ar } from "@/lib/i18n/ar";
import { feedPath, sectionPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import { alternatesFor, openGraphFor } from "@/lib/seo";
import { listingPage } from "@/lib/listing-page";
import { parseSlugParam } from "@/lib/validation/route-params";

type Props = PageProps<"/[section]">;

async function loadSection(params: Props["params"]) {
  const slug = parseSlugParam((await params).section);
  const section = slug ? await getSection(slug) : null;
  if (!section) notFound();
  return section;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const section = await loadSection(params);
  await listingPage(searchParams, (n) => getSectionPage(section.slug, n));
  return {
    title: section.name,
    description: section.description,
    alternates: alternatesFor(sectionPath(section.slug), section),
    openGraph: openGraphFor({ title: section.name, description: section.description, url: sectionPath(section.slug) }),
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const section = await loadSection(params);
  const { items, page, pageCount } = await listingPage(searchParams, (n) => getSectionPage(section.slug, n));

  return (
    <div className="section-page">
      <header className="section-page__header">
        <h1>{section.name}</h1>
        {section.description && <p className="section-page__description">{section.description}</p>}
        <p className="feed-link">
          <a href={linkPath(feedPath("rss", section.slug))}>{ar.feeds.rss}</a>
        </p>
      </header>
      {/* The cards' headlines are h3s: under this heading, as on author pages, no level is skipped. */}
      <h2 className="visually-hidden">{ar.section.stories}</h2>
      <StoryListing items={items} page={page} pageCount={pageCount} pathFor={(n) => linkPath(sectionPath(section.slug, n))} empty={ar.section.empty} />
    </div>
  );
}
