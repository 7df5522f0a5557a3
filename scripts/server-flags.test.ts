import { describe, expect, it } from "vitest";
import packageJson from "@/package.json" with { type: "json" };
import { SERVER_V8_FLAGS } from "./server-flags";

describe("npm start", () => {
  it("runs the server with the V8 flags the benchmarks measure", () => {
    expect(packageJson.scripts.start).toContain(`node ${SERVER_V8_FLAGS.join(" ")} scripts/server.mjs`);
  });
});
