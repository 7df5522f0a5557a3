import type { ArticleImageAttrs } from "@/lib/article-document";
import { ar } from "@/lib/i18n/ar";
import { ARTICLE_IMAGE_SIZES, defaultWidthFor, mediaPath, srcSetFor } from "@/lib/media/image-variants";

/** An uploaded image in its responsive sizes, WebP first, with width and height so nothing shifts. */
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
      <picture>
        <source type="image/webp" srcSet={srcSetFor(image.imageId, image.width, "webp")} sizes={ARTICLE_IMAGE_SIZES} />
        <img
          src={mediaPath(image.imageId, defaultWidthFor(image.width))}
          srcSet={srcSetFor(image.imageId, image.width, "fallback")}
          sizes={ARTICLE_IMAGE_SIZES}
          width={image.width}
          height={image.height}
          alt={image.alt}
          loading={priority ? "eager" : "lazy"}
          decoding="async"
          {...(priority ? { fetchPriority: "high" as const } : {})}
        />
      </picture>
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
