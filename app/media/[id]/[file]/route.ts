import { z } from "zod";
import { getImageVariant } from "@/lib/dal/images";
import { notFoundResponse } from "@/lib/not-found-response";

// /media/<id>/<width>.webp and /media/<id>/<width> (the JPEG or PNG fallback). A variant never
// changes once stored, so browsers and CDNs may keep it for a year without asking again.

const params = z.object({
  id: z.uuid(),
  file: z.string().regex(/^\d{2,5}(\.webp)?$/),
});

const notFound = () => notFoundResponse({ "Cache-Control": "public, max-age=60" });

export async function GET(request: Request, context: RouteContext<"/media/[id]/[file]">) {
  const parsed = params.safeParse(await context.params);
  if (!parsed.success) return notFound();
  const { id, file } = parsed.data;
  const format = file.endsWith(".webp") ? "webp" : "fallback";
  const width = Number.parseInt(file, 10);
  const etag = `"${id}-${width}-${format}"`;
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": "public, max-age=31536000, immutable" } });
  }
  const variant = await getImageVariant(id, width, format);
  if (!variant) return notFound();
  return new Response(Buffer.from(variant.bytes), {
    headers: {
      "Content-Type": variant.contentType,
      "Content-Length": String(variant.bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: etag,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
