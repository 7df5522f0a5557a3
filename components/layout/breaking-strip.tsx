import { IntentLink } from "@/components/ui/intent-link";
import type { ArticleSummary } from "@/lib/dal/public-articles";
import { ar } from "@/lib/i18n/ar";
import { articlePath } from "@/lib/routes";

export function BreakingStrip({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <aside className="breaking-strip" aria-label={ar.home.breaking}>
      <strong className="breaking-strip__label">{ar.home.breaking}</strong>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            <IntentLink href={articlePath(article.slug)}>{article.headline}</IntentLink>
          </li>
        ))}
      </ul>
    </aside>
  );
}
