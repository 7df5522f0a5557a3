// The responsive sizes every upload is resized into, and the URLs that serve them.
// Pure, so that the renderer can build srcset from an image's width alone.

export const IMAGE_WIDTHS = [480, 960, 1600] as const;
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The widths stored for an image `width` pixels wide: the standard ones it can fill, or its own width. */
export function variantWidthsFor(width: number): number[] {
  const fitting = IMAGE_WIDTHS.filter((candidate) => candidate <= width);
  return fitting.length > 0 ? [...fitting] : [width];
}

/** `/media/<id>/<width>.webp`, or the JPEG/PNG fallback at `/media/<id>/<width>`. */
export function mediaPath(imageId: string, width: number, format: "webp" | "fallback" = "fallback"): string {
  return format === "webp" ? `/media/${imageId}/${width}.webp` : `/media/${imageId}/${width}`;
}

export function srcSetFor(imageId: string, width: number, format: "webp" | "fallback"): string {
  return variantWidthsFor(width)
    .map((candidate) => `${mediaPath(imageId, candidate, format)} ${candidate}w`)
    .join(", ");
}

/** The width to use as `src` for browsers that ignore srcset: the middle size, or the largest below it. */
export function defaultWidthFor(width: number): number {
  const widths = variantWidthsFor(width);
  return widths.find((candidate) => candidate === 960) ?? widths[widths.length - 1]!;
}

/**
 * The width to serve a thumbnail drawn 7rem wide (112 CSS px at the usual 16 px root) and cropped
 * to 16:9: the smallest stored size. A 16:9 photo stays sharp up to four device pixels per CSS
 * pixel (a wider one, cropped at the sides, to fewer: 2.5 for 3:1), and a reader who zooms to
 * 250% on a 2x screen sees it a little soft, a fair price for a thumbnail without a srcset.
 */
export function thumbnailWidthFor(width: number): number {
  return variantWidthsFor(width)[0]!;
}

export const ARTICLE_IMAGE_SIZES = "(max-width: 44rem) 100vw, 42rem";
