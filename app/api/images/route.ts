import { NextResponse } from "next/server";
import { getViewer } from "@/lib/auth/session";
import { uploadImage } from "@/lib/dal/images";
import { AuthorizationError, DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { MAX_UPLOAD_BYTES } from "@/lib/media/image-variants";

// Image uploads from the story editor. A route handler rather than a server action so that an
// oversized upload is refused from its Content-Length, before a byte of it is read.

function refuse(status: number, message: string) {
  return NextResponse.json({ ok: false, message }, { status });
}

export async function POST(request: Request) {
  // Same-origin requests only: a cross-site form cannot post an image as a signed-in editor.
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin && origin !== `http://${request.headers.get("host")}` && origin !== `https://${request.headers.get("host")}`) {
    return refuse(403, ar.auth.errors.forbidden);
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return refuse(413, ar.editor.images.tooLarge);

  const viewer = await getViewer();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, ar.editor.images.notAnImage);
  }
  const file = form.get("file");
  if (!(file instanceof File)) return refuse(400, ar.editor.images.notAnImage);
  if (file.size > MAX_UPLOAD_BYTES) return refuse(413, ar.editor.images.tooLarge);
  try {
    const image = await uploadImage(viewer, new Uint8Array(await file.arrayBuffer()));
    return NextResponse.json({ ok: true, image });
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return refuse(error.reason === "unauthenticated" ? 401 : 403, error.reason === "unauthenticated" ? ar.auth.errors.notSignedIn : ar.auth.errors.forbidden);
    }
    if (error instanceof DomainError) return refuse(error.code === "imageTooLarge" ? 413 : 422, error.userMessage);
    throw error;
  }
}
