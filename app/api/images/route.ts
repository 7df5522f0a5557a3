import { NextResponse } from "next/server";
import { getViewer } from "@/lib/auth/session";
import { uploadImage } from "@/lib/dal/images";
import { AuthorizationError, DomainError, isDatabaseUnavailable } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { readUploadedImage } from "@/lib/media/read-upload";
import { isSameOrigin } from "@/lib/request-origin";
import { unavailableResponse } from "@/lib/unavailable-response";

// Image uploads from the story editor. A route handler rather than a server action so that the
// uploader is checked before the body is read, and the body is read no further than the size limit.

function refuse(status: number, message: string) {
  return NextResponse.json({ ok: false, message }, { status });
}

export async function POST(request: Request) {
  // A cross-site form cannot post an image as a signed-in editor.
  if (!isSameOrigin(request)) return refuse(403, ar.auth.errors.forbidden);
  try {
    const image = await uploadImage(await getViewer(), () => readUploadedImage(request));
    return NextResponse.json({ ok: true, image });
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return refuse(error.reason === "unauthenticated" ? 401 : 403, error.reason === "unauthenticated" ? ar.auth.errors.notSignedIn : ar.auth.errors.forbidden);
    }
    if (error instanceof DomainError) return refuse(error.code === "imageTooLarge" ? 413 : 422, error.userMessage);
    if (isDatabaseUnavailable(error)) return unavailableResponse();
    throw error;
  }
}
