import type { ArticleImageAttrs } from "@/lib/article-document";
import { ar } from "@/lib/i18n/site";
import { ARTICLE_IMAGE_SIZES } from "@/lib/media/image-variants";
import { ResponsiveImage } from "./responsive-image";

/** An image in a story, with its caption and credit. */
export function ArticleFigure({
  image,
  priority = false,
  className = "article-figure",
}: {
  image: ArticleImageAttrs;
  priority?: boolean;
  className?: string;
}) {
  return (
    <figure className={className}>
      <ResponsiveImage image={image} sizes={ARTICLE_IMAGE_SIZES} priority={priority} />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.credit && (
            <span className="article-figure__credit">
              {image.caption ? " " : ""}
              {ar.article.imageCredit(image.credit)}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
