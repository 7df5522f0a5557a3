import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "./image-variants";
import { readUploadedImage } from "./read-upload";

function upload(file: Blob | null) {
  const form = new FormData();
  if (file) form.append("file", file, "photo.png");
  return new Request("http://khabar.test/api/images", { method: "POST", body: form });
}

/** An upload streamed without a declared length. */
function streamedUpload(body: ReadableStream<Uint8Array>) {
  return new Request("http://khabar.test/api/images", {
    method: "POST",
    body,
    headers: { "content-type": "multipart/form-data; boundary=x" },
    duplex: "half",
  } as RequestInit);
}

/** A body sent in chunks, counting how much of it was pulled. */
function chunkedUpload(chunks: number, chunkBytes: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
  });
  return { request: streamedUpload(body), pulled: () => pulled };
}

describe("readUploadedImage", () => {
  it("returns the bytes of the form's file", async () => {
    expect(await readUploadedImage(upload(new Blob([new Uint8Array([1, 2, 3])])))).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("refuses a form without a file, or a body that is not a form", async () => {
    await expect(readUploadedImage(upload(null))).rejects.toMatchObject({ code: "notAnImage" });
    const text = new Request("http://khabar.test/api/images", { method: "POST", body: "hello" });
    await expect(readUploadedImage(text)).rejects.toMatchObject({ code: "notAnImage" });
  });

  it("refuses a file over the limit", async () => {
    await expect(readUploadedImage(upload(new Blob([new Uint8Array(MAX_UPLOAD_BYTES + 1)])))).rejects.toMatchObject({ code: "imageTooLarge" });
  });

  it("answers an upload cut off midway with a message, not a crash", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(1024));
        controller.error(new Error("connection reset"));
      },
    });
    await expect(readUploadedImage(streamedUpload(body))).rejects.toMatchObject({ code: "uploadInterrupted" });
  });

  it("stops reading a body without a declared length once it passes the limit", async () => {
    const { request, pulled } = chunkedUpload(100, 1024 * 1024);
    await expect(readUploadedImage(request)).rejects.toMatchObject({ code: "imageTooLarge" });
    expect(pulled()).toBeLessThan(20);
  });
});
