import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResponsiveImage, Thumbnail } from "./responsive-image";

const image = { imageId: "0b7c4c1e-9a2e-4b1a-8f5e-2d7a3f7e1a11", width: 1600, height: 900, alt: "سوق الزرب في حلب" };

describe("photos in lists", () => {
  it("gives a thumbnail one size, WebP first, with its shape declared", () => {
    const html = renderToStaticMarkup(<Thumbnail image={image} className="story-card__media" />);
    expect(html).toBe(
      `<picture class="story-card__media"><source type="image/webp" srcSet="/media/${image.imageId}/480.webp"/>` +
        `<img src="/media/${image.imageId}/480" width="1600" height="900" alt="سوق الزرب في حلب" loading="lazy" decoding="async"/></picture>`,
    );
  });

  it("lets a larger photo choose among its sizes", () => {
    const html = renderToStaticMarkup(<ResponsiveImage image={image} sizes="48rem" />);
    expect(html).toContain(`srcSet="/media/${image.imageId}/480.webp 480w, /media/${image.imageId}/960.webp 960w, /media/${image.imageId}/1600.webp 1600w"`);
    expect(html).toContain(`src="/media/${image.imageId}/960"`);
  });
});
