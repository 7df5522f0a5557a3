import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryListing } from "@/components/article/story-listing";
import { getAuthor, getAuthorPage } from "@/lib/cache/reads";
import { ar } from "@/lib/i18n/ar";
import { authorPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import { alternatesFor, openGraphFor } from "@/lib/seo";
import { listingPage } from "@/lib/listing-page";
import { parseSlugParam } from "@/lib/validation/route-params";

type Props = PageProps<"/authors/[slug]">;

async function loadAuthor(params: Props["params"]) {
  const slug = parseSlugParam((await params).slug);
  const author = slug ? await getAuthor(slug) : null;
  if (!author) notFound();
  return author;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const author = await loadAuthor(params);
  await listingPage(searchParams, (n) => getAuthorPage(author.slug, n));
  const description = author.bio ?? ar.authors.description(author.name);
  return {
    title: author.name,
    description,
    alternates: alternatesFor(authorPath(author.slug)),
    openGraph: openGraphFor({ title: author.name, description, url: authorPath(author.slug), type: "profile" }),
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const author = await loadAuthor(params);
  const { items, page, pageCount } = await listingPage(searchParams, (n) => getAuthorPage(author.slug, n));

  return (
    <div className="section-page author-page">
      <header className="section-page__header author-page__header">
        {/* No author photos are stored yet: a monogram stands in. */}
        <span className="author-page__monogram" aria-hidden="true">
          {Array.from(author.name)[0]}
        </span>
        <div>
          <p className="page-kind">{ar.authors.kind}</p>
          <h1>
            <bdi>{author.name}</bdi>
          </h1>
          {author.bio && <p className="section-page__description">{author.bio}</p>}
        </div>
      </header>
      <h2 className="rail-heading">{ar.authors.stories}</h2>
      <StoryListing
        items={items}
        page={page}
        pageCount={pageCount}
        pathFor={(n) => linkPath(authorPath(author.slug, n))}
        empty={ar.authors.empty}
      />
    </div>
  );
}
