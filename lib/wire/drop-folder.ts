import "server-only";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import pLimit from "p-limit";
import { claimDroppedFile, finishDroppedFile, type DroppedFile } from "@/lib/dal/wire-drop-claims";
import { ingestWireFile, listWireSources, logWireRejection, type WireIngestOutcome, type WireSourceRef } from "@/lib/dal/wire-ingest";
import { MAX_WIRE_FILE_BYTES } from "./wire-item";

// Agencies push files (FTP, SFTP) into <WIRE_DROP_DIR>/<agency slug>/. Every instance scans the
// folders; the claim row decides which one processes a file. A processed file moves to .done/,
// a refused one to .rejected/, so the folder holds only what is still to come.

/** A file younger than this may still be uploading. */
const SETTLE_MS = 1_500;
/** Files one instance works on at once: each waits mostly on the database. */
const FILES_AT_ONCE = 4;
const IN_PROGRESS = /^\.|\.(tmp|part|filepart|partial)$/i;

export const DONE_FOLDER = ".done";
export const REJECTED_FOLDER = ".rejected";

const worker = `${hostname()}:${process.pid}`;

export type DropTally = Partial<Record<WireIngestOutcome | "skipped", number>>;

export async function processDropFolders(root: string, now = Date.now(), as = worker): Promise<DropTally> {
  const tally: DropTally = {};
  const limit = pLimit(FILES_AT_ONCE);
  for (const source of await listWireSources()) {
    const folder = join(root, source.slug);
    const outcomes = await Promise.all((await waitingFiles(folder, now)).map((fileName) => limit(() => processFile(source, folder, fileName, as))));
    for (const outcome of outcomes) tally[outcome] = (tally[outcome] ?? 0) + 1;
  }
  return tally;
}

async function waitingFiles(folder: string, now: number): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const settled: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || IN_PROGRESS.test(entry.name)) continue;
    const info = await stat(join(folder, entry.name)).catch(() => null);
    if (info && now - info.mtimeMs >= SETTLE_MS) settled.push(entry.name);
  }
  return settled.sort();
}

async function processFile(source: WireSourceRef, folder: string, fileName: string, as: string): Promise<WireIngestOutcome | "skipped"> {
  const path = join(folder, fileName);
  const info = await stat(path).catch(() => null);
  if (!info) return "skipped";
  const oversize = info.size > MAX_WIRE_FILE_BYTES;
  const bytes = oversize ? null : await readFile(path).catch(() => null);
  if (!oversize && !bytes) return "skipped";
  const file: DroppedFile = {
    sourceId: source.id,
    fileName,
    contentHash: bytes ? createHash("sha256").update(bytes).digest("hex") : `oversize:${info.size}:${info.mtimeMs}`,
  };

  const claim = await claimDroppedFile(file, as);
  if (claim === "taken") return "skipped";
  if (claim === "finished") {
    await moveTo(folder, DONE_FOLDER, fileName);
    return "duplicate";
  }
  let outcome: WireIngestOutcome;
  if (bytes) {
    outcome = (await ingestWireFile(source, bytes, { channel: "drop", fileName })).outcome;
  } else {
    await logWireRejection(source.id, "drop", fileName, "too_large", `${info.size} bytes`);
    outcome = "rejected";
  }
  await moveTo(folder, outcome === "rejected" ? REJECTED_FOLDER : DONE_FOLDER, fileName);
  await finishDroppedFile(file, as, outcome);
  return outcome;
}

async function moveTo(folder: string, into: string, fileName: string) {
  await mkdir(join(folder, into), { recursive: true });
  await rename(join(folder, fileName), join(folder, into, fileName)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}
