import { ArticleBody } from "@/components/article/article-body";
import { Byline } from "@/components/article/byline";
import { ar } from "@/lib/i18n/site";
import type { LiveUpdateView } from "@/lib/live/events";

/** One update of live coverage, with its own address (#update-<id>); the server and the live island render this same tree. */
export function LiveUpdateCard({ update }: { update: LiveUpdateView }) {
  const anchor = `update-${update.id}`;
  return (
    <article className={`live-update${update.isKeyEvent ? " live-update--key" : ""}`} id={anchor} aria-labelledby={`${anchor}-time`}>
      <header className="live-update__meta">
        <a className="live-update__time" id={`${anchor}-time`} href={`#${anchor}`} title={update.dateTime} aria-label={ar.live.permalink(update.time)}>
          <time dateTime={update.publishedAt}>{update.time}</time>
        </a>
        {update.isKeyEvent && <span className="badge badge--key">{ar.live.keyEvent}</span>}
        {update.editedAt && <span className="live-update__edited">{ar.live.edited}</span>}
      </header>
      {update.headline && <h3 className="live-update__headline">{update.headline}</h3>}
      <ArticleBody document={update.body} direction="rtl" />
      <Byline authors={update.authors} />
    </article>
  );
}
