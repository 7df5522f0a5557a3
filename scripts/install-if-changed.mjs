// `npm ci` only when package-lock.json or a patch to a dependency (patches/, applied by
// patch-package after every install) changed since the last install, so a second `npm run demo`
// starts in seconds. Plain JavaScript: it runs before anything is installed.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

const stamp = "node_modules/.khabar-package-lock.sha256";
const inputs = ["package-lock.json", ...readdirSync("patches").sort().map((name) => `patches/${name}`)];
const hash = createHash("sha256");
for (const file of inputs) hash.update(file).update(readFileSync(file));
const digest = hash.digest("hex");
if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== digest) {
  execSync("npm ci --no-audit --no-fund", { stdio: "inherit" });
  writeFileSync(stamp, digest);
}
