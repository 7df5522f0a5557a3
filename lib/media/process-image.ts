import sharp, { type Metadata } from "sharp";
import { ar } from "@/lib/i18n/ar";
import { DomainError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES, variantWidthsFor } from "./image-variants";

// Turns an upload into the stored variants. The format is read from the bytes by libvips,
// never from the file name or the browser's claimed type.

export type SourceFormat = "jpeg" | "png" | "webp" | "avif";

export interface ProcessedVariant {
  width: number;
  height: number;
  format: "webp" | "jpeg" | "png";
  bytes: Uint8Array;
}

export interface ProcessedImage {
  sourceFormat: SourceFormat;
  width: number;
  height: number;
  byteSize: number;
  variants: ProcessedVariant[];
}

// Decompression bombs: refuse images with more pixels than a 50-megapixel camera makes.
const MAX_INPUT_PIXELS = 50_000_000;

function sourceFormatOf(metadata: Metadata): SourceFormat | null {
  if (metadata.format === "jpeg" || metadata.format === "png" || metadata.format === "webp") return metadata.format;
  // libvips reads AVIF through its HEIF loader; HEIC photos (HEVC) are not accepted.
  if (metadata.format === "heif" && metadata.compression === "av1") return "avif";
  return null;
}

export async function processImage(bytes: Uint8Array): Promise<ProcessedImage> {
  if (bytes.byteLength === 0) throw new DomainError("imageEmpty", ar.editor.images.notAnImage);
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new DomainError("imageTooLarge", ar.editor.images.tooLarge);
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw new DomainError("notAnImage", ar.editor.images.notAnImage);
  }
  const sourceFormat = sourceFormatOf(metadata);
  if (!sourceFormat || !metadata.width || !metadata.height) throw new DomainError("notAnImage", ar.editor.images.notAnImage);
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) throw new DomainError("imageTooManyPixels", ar.editor.images.tooManyPixels);

  // Width and height as displayed, after the camera's orientation flag is applied.
  const rotated = (metadata.orientation ?? 1) >= 5;
  const width = rotated ? metadata.height : metadata.width;
  const height = rotated ? metadata.width : metadata.height;
  const fallback = sourceFormat === "png" || (metadata.hasAlpha && sourceFormat !== "jpeg") ? "png" : "jpeg";

  const variants: ProcessedVariant[] = [];
  try {
    for (const targetWidth of variantWidthsFor(width)) {
      const resized = () =>
        sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().resize({ width: targetWidth, withoutEnlargement: true });
      const webp = await resized().webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
      variants.push({ width: targetWidth, height: webp.info.height, format: "webp", bytes: new Uint8Array(webp.data) });
      const other =
        fallback === "png"
          ? await resized().png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true })
          : await resized().flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
      variants.push({ width: targetWidth, height: other.info.height, format: fallback, bytes: new Uint8Array(other.data) });
    }
  } catch {
    throw new DomainError("notAnImage", ar.editor.images.notAnImage);
  }
  return { sourceFormat, width, height, byteSize: bytes.byteLength, variants };
}
