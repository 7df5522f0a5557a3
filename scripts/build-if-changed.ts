import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";

// `next build` once per state of the sources: runs that find the build current reuse it. One
// build at a time: a second run waits for the lock, then finds the build it needs.

const distDir = ".next";
const stampFile = `${distDir}/khabar-sources.sha256`;
const lockDir = ".next-build.lock";

// Tests, their configuration and prose never reach the build.
const notBuilt = /^(e2e\/|\.ci\/|playwright\.config\.ts$|vitest\.config\.mts$)|\.test\.tsx?$|\.md$/;
const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** The build's inputs: every file git tracks or would track, less `notBuilt`. */
function sourcesDigest(): string {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
    .split("\0")
    .filter((file) => file && !notBuilt.test(file) && isFile(file))
    .sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  for (const name of Object.keys(process.env).filter((key) => key.startsWith("NEXT_PUBLIC_")).sort()) {
    hash.update(`${name}=${process.env[name]}\0`);
  }
  return hash.digest("hex");
}

function holderAlive(): boolean {
  try {
    process.kill(Number(readFileSync(`${lockDir}/pid`, "utf8")), 0);
    return true;
  } catch {
    return false;
  }
}

async function withBuildLock<T>(work: () => T): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (!holderAlive()) rmSync(lockDir, { recursive: true, force: true });
      else await sleep(1_000);
    }
  }
  try {
    writeFileSync(`${lockDir}/pid`, String(process.pid));
    return work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function buildIfChanged() {
  const digest = sourcesDigest();
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === digest) return;
  rmSync(stampFile, { force: true });
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
  writeFileSync(stampFile, digest);
}

/**
 * Copies a build (without Next's runtime cache) to `to`, a folder inside the project, for a
 * server of its own to serve with NEXT_DIST_DIR: pages it caches on disk are seen by no other.
 */
export function copyBuild(from: string, to: string) {
  cpSync(from, to, { recursive: true, filter: (source) => !source.startsWith(`${from}/cache`) });
}

/** Builds if the sources changed since the last build, then copies the build to `copyTo`. */
export async function buildCopy(copyTo: string) {
  await withBuildLock(() => {
    buildIfChanged();
    copyBuild(distDir, copyTo);
  });
}

/** Builds if the sources changed since the last build, leaving the build in .next. */
export const ensureBuild = () => withBuildLock(buildIfChanged);

// As a command (`npm run demo`).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await ensureBuild();
