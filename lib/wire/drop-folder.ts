import "server-only";
import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { lstat, mkdir, open, readdir, rename } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import pLimit from "p-limit";
import { claimDroppedFile, finishDroppedFile, type DroppedFile } from "@/lib/dal/wire-drop-claims";
import { ingestWireFile, listWireSources, logWireRejection, type WireIngestOutcome, type WireSourceRef } from "@/lib/dal/wire-ingest";
import { MAX_WIRE_FILE_BYTES } from "./wire-item";

// Agencies push files (FTP, SFTP) into <WIRE_DROP_DIR>/<agency slug>/, each into its own folder
// only. Every instance scans the folders; the claim row decides which one processes a file. A
// processed file moves to <WIRE_DROP_DIR>/.archive/<slug>/done/, a refused one to …/rejected/:
// out of the agencies' reach, so no agency can point a link at where files go next.

/** A file younger than this may still be uploading. */
const SETTLE_MS = 1_500;
/** Files one instance works on at once: each waits mostly on the database. */
const FILES_AT_ONCE = 4;
const IN_PROGRESS = /^\.|\.(tmp|part|filepart|partial)$/i;
const ARCHIVE = ".archive";

export const archiveFolder = (root: string, slug: string, outcome: "done" | "rejected") => join(root, ARCHIVE, slug, outcome);

const worker = `${hostname()}:${process.pid}`;

export type DropTally = Partial<Record<WireIngestOutcome | "skipped", number>>;

export async function processDropFolders(root: string, now = Date.now(), as = worker): Promise<DropTally> {
  const tally: DropTally = {};
  const limit = pLimit(FILES_AT_ONCE);
  for (const source of await listWireSources()) {
    const folder = join(root, source.slug);
    const outcomes = await Promise.all((await waitingFiles(folder, now)).map((fileName) => limit(() => processFile(source, root, fileName, as))));
    for (const outcome of outcomes) tally[outcome] = (tally[outcome] ?? 0) + 1;
  }
  return tally;
}

/** Regular files that have settled, in a folder that is itself a folder (not a link to elsewhere). */
async function waitingFiles(folder: string, now: number): Promise<string[]> {
  const itself = await lstat(folder).catch(() => null);
  if (!itself?.isDirectory()) return [];
  const settled: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isFile() || IN_PROGRESS.test(entry.name)) continue;
    const info = await lstat(join(folder, entry.name)).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs >= SETTLE_MS) settled.push(entry.name);
  }
  return settled.sort();
}

async function processFile(source: WireSourceRef, root: string, fileName: string, as: string): Promise<WireIngestOutcome | "skipped"> {
  const path = join(root, source.slug, fileName);
  // Opened without following a link, and without waiting on a pipe: a file swapped for either since
  // the listing is not read, and never holds up the files after it.
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => null);
  if (!handle) return "skipped";
  try {
    const info = await handle.stat();
    if (!info.isFile()) return "skipped";
    const oversize = info.size > MAX_WIRE_FILE_BYTES;
    const bytes = oversize ? null : await handle.readFile();
    const file: DroppedFile = {
      sourceId: source.id,
      fileName,
      contentHash: bytes ? createHash("sha256").update(bytes).digest("hex") : `oversize-${info.size}-${info.mtimeMs}`,
    };
    const claim = await claimDroppedFile(file, as);
    if (claim === "taken") return "skipped";
    if (claim === "finished") {
      await archive(root, source.slug, "done", file);
      return "duplicate";
    }
    let outcome: WireIngestOutcome;
    if (bytes) {
      outcome = (await ingestWireFile(source, bytes, { channel: "drop", fileName })).outcome;
    } else {
      await logWireRejection(source.id, "drop", fileName, "too_large", `${info.size} bytes`);
      outcome = "rejected";
    }
    await archive(root, source.slug, outcome === "rejected" ? "rejected" : "done", file);
    await finishDroppedFile(file, as, outcome);
    return outcome;
  } finally {
    await handle.close();
  }
}

/** Moves a file out of the agency's folder; its content's hash in the name keeps a reused name from overwriting an earlier file. */
async function archive(root: string, slug: string, outcome: "done" | "rejected", file: DroppedFile) {
  const into = archiveFolder(root, slug, outcome);
  await mkdir(into, { recursive: true });
  await rename(join(root, slug, file.fileName), join(into, `${file.contentHash.slice(0, 16)}-${file.fileName}`)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}
