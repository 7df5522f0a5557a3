import { IntentLink } from "@/components/ui/intent-link";
import type { AuthorRef } from "@/lib/dal/public-articles";
import { ar } from "@/lib/i18n/site";
import { authorPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";

export function Byline({ authors }: { authors: AuthorRef[] }) {
  if (authors.length === 0) return null;
  return (
    <p className="byline">
      {ar.article.by}{" "}
      {authors.map((author, index) => (
        <span key={`${author.slug}-${index}`}>
          {index > 0 && ` ${ar.article.and}`}
          <bdi className="byline-name">
            {author.slug ? <IntentLink href={linkPath(authorPath(author.slug))}>{author.name}</IntentLink> : author.name}
          </bdi>
        </span>
      ))}
    </p>
  );
}
