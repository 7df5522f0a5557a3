import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResponsiveImage, Thumbnail } from "./responsive-image";

const imageId = "0b7c4c1e-9a2e-4b1a-8f5e-2d7a3f7e1a11";
const photo = (width: number, height: number) => ({ imageId, width, height, alt: "سوق الزرب في حلب" });

/** Each `<tag …>` in the markup, as its attributes by lowercase name. */
function elements(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map(([, attributes]) =>
    Object.fromEntries([...attributes!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!.toLowerCase(), value!])),
  );
}

describe("photos in lists", () => {
  it("gives a thumbnail one size, WebP first, with its shape declared", () => {
    const html = renderToStaticMarkup(<Thumbnail image={photo(1600, 900)} className="story-card__media" />);
    expect(elements(html, "picture")).toEqual([{ class: "story-card__media" }]);
    expect(elements(html, "source")).toEqual([{ type: "image/webp", srcset: `/media/${imageId}/480.webp` }]);
    const [img] = elements(html, "img");
    expect(img).toMatchObject({ src: `/media/${imageId}/480`, width: "1600", height: "900", alt: "سوق الزرب في حلب", loading: "lazy" });
    expect(img).not.toHaveProperty("srcset");
  });

  it("gives a photo narrower than the smallest size its own width", () => {
    const html = renderToStaticMarkup(<Thumbnail image={photo(320, 180)} />);
    expect(elements(html, "source")[0]!.srcset).toBe(`/media/${imageId}/320.webp`);
    expect(elements(html, "img")[0]!.src).toBe(`/media/${imageId}/320`);
  });

  it("lets a larger photo choose among its sizes", () => {
    const html = renderToStaticMarkup(<ResponsiveImage image={photo(1600, 900)} sizes="48rem" />);
    expect(elements(html, "source")[0]!.srcset).toBe(`/media/${imageId}/480.webp 480w, /media/${imageId}/960.webp 960w, /media/${imageId}/1600.webp 1600w`);
    expect(elements(html, "img")[0]).toMatchObject({ src: `/media/${imageId}/960`, sizes: "48rem" });
  });
});
