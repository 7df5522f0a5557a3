import { DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { readBodyWithin } from "@/lib/request-body";
import { MAX_UPLOAD_BYTES } from "./image-variants";

// Room for the multipart envelope around the file: boundaries, part headers, the field name.
const ENVELOPE_BYTES = 64 * 1024;

const tooLarge = () => new DomainError("imageTooLarge", ar.editor.images.tooLarge);
const notAnImage = () => new DomainError("notAnImage", ar.editor.images.notAnImage);

/** The bytes of the image in an upload form's `file` field. */
export async function readUploadedImage(request: Request): Promise<Uint8Array> {
  const body = await readBodyWithin(request, MAX_UPLOAD_BYTES + ENVELOPE_BYTES).catch(() => {
    throw new DomainError("uploadInterrupted", ar.editor.images.failed);
  });
  if (!body) throw tooLarge();
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw notAnImage();
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw notAnImage();
  if (file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  return new Uint8Array(await file.arrayBuffer());
}
