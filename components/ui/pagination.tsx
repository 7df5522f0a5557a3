import { IntentLink } from "@/components/ui/intent-link";

export interface PaginationLabels {
  pagination: string;
  newer: string;
  older: string;
  pageOf: (page: number, pages: number) => string;
}

/** Newer and older links around "page n of m", for any paged list. */
export function Pagination({ page, pageCount, pathFor, labels }: { page: number; pageCount: number; pathFor: (page: number) => string; labels: PaginationLabels }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={labels.pagination}>
      {page > 1 && (
        <IntentLink rel="prev" href={pathFor(page - 1)}>
          {labels.newer}
        </IntentLink>
      )}
      <span aria-current="page">{labels.pageOf(page, pageCount)}</span>
      {page < pageCount && (
        <IntentLink rel="next" href={pathFor(page + 1)}>
          {labels.older}
        </IntentLink>
      )}
    </nav>
  );
}
