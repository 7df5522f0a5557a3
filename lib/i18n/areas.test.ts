import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ar as account } from "./account";
import { ar } from "./ar";
import { ar as mail } from "./mail";
import { ar as moderation } from "./moderation";
import { ar as newsroom } from "./newsroom";
import { ar as site } from "./site";

const root = join(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("strings by area", () => {
  it("gives every key to one area only, so the server's whole table loses none", () => {
    const keys = [site, account, newsroom, moderation, mail].flatMap((area) => Object.keys(area));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(ar).sort()).toEqual([...keys].sort());
  });

  it("keeps the whole table out of client components, which import their own area's strings", () => {
    const offenders = ["app", "components"]
      .flatMap(sourceFiles)
      .filter((path) => {
        const text = readFileSync(join(root, path), "utf8");
        return text.trimStart().startsWith('"use client"') && text.includes('from "@/lib/i18n/ar"');
      });
    expect(offenders).toEqual([]);
  });
});
