import { ar } from "@/lib/i18n/newsroom";
import { MAX_UPLOAD_BYTES } from "@/lib/media/image-variants";

export type UploadResult = { ok: true; image: { id: string; width: number; height: number } } | { ok: false; message: string };

/** Sends an image to /api/images. Size is checked here first so that a 50 MB file is never sent; what the file is, the server decides from its bytes. */
export async function uploadImageFile(file: File): Promise<UploadResult> {
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, message: ar.editor.images.tooLarge };
  const body = new FormData();
  body.append("file", file);
  try {
    const response = await fetch("/api/images", { method: "POST", body });
    const answer = (await response.json().catch(() => null)) as UploadResult | null;
    if (answer && "ok" in answer) return answer;
    return { ok: false, message: ar.editor.images.failed };
  } catch {
    return { ok: false, message: ar.editor.images.failed };
  }
}
