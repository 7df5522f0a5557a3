import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

// The demo's wire feed, db/seed-data/wire: sources.json names two fictional agencies, and a
// folder per agency holds its items as it would send them: NewsML-G2 from "nahr", ninjs from
// "sada", one file per version (`<n>-<story>-v<version>.xml|json`). All of it is invented.
// Times span the 12 hours before the newest item; the seed shifts them so the newest is "now".
// It includes urgent items, updated versions, one embargo (two hours after the newest item)
// and one kill (a later version with pubStatus canceled).

const SAMPLE_FEED_FOLDER = path.join(process.cwd(), "db", "seed-data", "wire");

export interface SampleWireSource {
  slug: string;
  name: string;
  attribution: string;
}

export interface SampleWireFile {
  source: string;
  fileName: string;
  bytes: Uint8Array;
}

export async function readSampleFeed(): Promise<{ sources: SampleWireSource[]; files: SampleWireFile[] }> {
  const sources = JSON.parse(await readFile(path.join(SAMPLE_FEED_FOLDER, "sources.json"), "utf8")) as SampleWireSource[];
  const perSource = await Promise.all(
    sources.map(async ({ slug }) => {
      const folder = path.join(SAMPLE_FEED_FOLDER, slug);
      const fileNames = (await readdir(folder)).sort();
      return Promise.all(
        fileNames.map(async (fileName) => ({ source: slug, fileName, bytes: new Uint8Array(await readFile(path.join(folder, fileName))) })),
      );
    }),
  );
  return { sources, files: perSource.flat() };
}
