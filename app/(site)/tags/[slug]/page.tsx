import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryListing } from "@/components/article/story-listing";
import { getTag, getTagPage } from "@/lib/cache/reads";
import { ar } from "@/lib/i18n/ar";
import { tagPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import { alternatesFor, openGraphFor } from "@/lib/seo";
import { listingPage } from "@/lib/listing-page";
import { parseSlugParam } from "@/lib/validation/route-params";

type Props = PageProps<"/tags/[slug]">;

async function loadTag(params: Props["params"]) {
  const slug = parseSlugParam((await params).slug);
  const tag = slug ? await getTag(slug) : null;
  if (!tag) notFound();
  return tag;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const tag = await loadTag(params);
  await listingPage(searchParams, (n) => getTagPage(tag.slug, n));
  const description = ar.tags.description(tag.name);
  return {
    title: ar.tags.title(tag.name),
    description,
    alternates: alternatesFor(tagPath(tag.slug)),
    openGraph: openGraphFor({ title: ar.tags.title(tag.name), description, url: tagPath(tag.slug) }),
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = await loadTag(params);
  const { items, page, pageCount } = await listingPage(searchParams, (n) => getTagPage(tag.slug, n));

  return (
    <div className="section-page">
      <header className="section-page__header">
        <p className="page-kind">{ar.tags.kind}</p>
        <h1>{tag.name}</h1>
      </header>
      {/* The cards' headlines are h3s: under this heading, as on author pages, no level is skipped. */}
      <h2 className="visually-hidden">{ar.section.stories}</h2>
      <StoryListing items={items} page={page} pageCount={pageCount} pathFor={(n) => linkPath(tagPath(tag.slug, n))} empty={ar.tags.empty} />
    </div>
  );
}
