import type { AuthorRef } from "@/lib/dal/public-articles";
import { ar } from "@/lib/i18n/ar";

export function Byline({ authors }: { authors: AuthorRef[] }) {
  if (authors.length === 0) return null;
  return (
    <p className="byline">
      {ar.article.by}{" "}
      {authors.map((author, index) => (
        <span key={`${author.slug}-${index}`}>
          {index > 0 && ` ${ar.article.and}`}
          <bdi className="byline-name">{author.name}</bdi>
        </span>
      ))}
    </p>
  );
}
