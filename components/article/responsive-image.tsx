import type { ArticleImageAttrs } from "@/lib/article-document";
import { defaultWidthFor, mediaPath, srcSetFor, thumbnailWidthFor } from "@/lib/media/image-variants";

type ImageAttrs = Pick<ArticleImageAttrs, "imageId" | "width" | "height" | "alt">;

/** An uploaded image in its responsive sizes, WebP first, with width and height so nothing shifts. */
export function ResponsiveImage({
  image,
  sizes,
  priority = false,
  className,
}: {
  image: ImageAttrs;
  /** How wide the image is drawn, for the browser to pick a size (the `sizes` attribute). */
  sizes: string;
  /** The page's main image: fetched at once and first, not when scrolled near. */
  priority?: boolean;
  className?: string;
}) {
  return (
    <picture className={className}>
      <source type="image/webp" srcSet={srcSetFor(image.imageId, image.width, "webp")} sizes={sizes} />
      <img
        src={mediaPath(image.imageId, defaultWidthFor(image.width))}
        srcSet={srcSetFor(image.imageId, image.width, "fallback")}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? "eager" : "lazy"}
        decoding="async"
        {...(priority ? { fetchPriority: "high" as const } : {})}
      />
    </picture>
  );
}

/** A list's small photo (at most 7rem wide, see .story-card--compact): one size, WebP first, loaded when scrolled near. */
export function Thumbnail({ image, className }: { image: ImageAttrs; className?: string }) {
  const width = thumbnailWidthFor(image.width);
  return (
    <picture className={className}>
      <source type="image/webp" srcSet={mediaPath(image.imageId, width, "webp")} />
      <img src={mediaPath(image.imageId, width)} width={image.width} height={image.height} alt={image.alt} loading="lazy" decoding="async" />
    </picture>
  );
}
