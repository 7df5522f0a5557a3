import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";

// What the benchmarks print: percentiles, the machine's load beside them, and checks that fail
// the run (a non-zero exit) instead of printing a mismatch and carrying on.

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export const round = (n: number) => Math.round(n * 10) / 10;

/** A shared two-core machine is noisy: every figure is printed with the load it was taken under. */
export const machineLoad = () => `load average ${loadavg().map((load) => load.toFixed(1)).join(" / ")} (1 / 5 / 15 min, ${cpus().length} cores)`;

/** Prints the check's outcome; a failed one makes the run exit non-zero once it has printed everything. */
export function check(passed: boolean, statement: string, detail = ""): void {
  if (passed) {
    console.log(`check passed: ${statement}`);
    return;
  }
  console.error(`CHECK FAILED: ${statement}${detail ? ` (${detail})` : ""}`);
  process.exitCode = 1;
}

/** The page's text, asked twice if need be: after a load run the server may close a kept-alive socket. */
export async function pageText(url: string): Promise<string> {
  const read = () => fetch(url).then((response) => response.text(), () => "");
  return (await read()) || read();
}

/** A process and its children (`next start` runs the server in one): their pids. */
function processTree(pid: number): number[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  return [pid, ...children];
}

/** Resident memory of a process and its children, in MB. */
export function treeRssMb(pid: number): number {
  return processTree(pid).reduce((sum, each) => sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${each}/status`, "utf8"))?.[1] ?? 0) / 1024, 0);
}

/** CPU time a process and its children have used so far, in seconds. */
export function treeCpuSeconds(pid: number): number {
  const ticksPerSecond = 100;
  return processTree(pid).reduce((sum, each) => {
    const fields = readFileSync(`/proc/${each}/stat`, "utf8").split(") ")[1]!.split(" ");
    return sum + (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  }, 0);
}

export interface WrkOptions {
  seconds: number;
  threads?: number;
  connections?: number;
  gzip?: boolean;
  /** wrk's own timeout per request, e.g. "10s" (wrk's default is 2 s). */
  timeout?: string;
}

/** Loads `url` with wrk (Debian's `wrk`) and reads what it printed. */
export function wrk(url: string, { seconds, connections = 32, threads = Math.min(2, connections), gzip = false, timeout }: WrkOptions) {
  const out = execFileSync(
    "wrk",
    [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, ...(timeout ? ["--timeout", timeout] : []), "--latency", ...(gzip ? ["-H", "Accept-Encoding: gzip"] : []), url],
    { encoding: "utf8" },
  );
  const [, value, unit] = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out) ?? [];
  return {
    perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    requests: Number(/(\d+) requests in/.exec(out)?.[1]),
    /** Answers other than 2xx and 3xx. */
    errors: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
    timeouts: Number(/timeout (\d+)/.exec(out)?.[1] ?? 0),
    p99: Number(value) * (unit === "us" ? 0.001 : unit === "s" ? 1000 : 1),
  };
}

/**
 * Loads each of `urls` in turn with wrk, once to warm and then round after round, and reads each
 * one's medians: req/s, the ratio to the first url's (per round, since the machine's load drifts
 * between rounds) and p99. An answer other than a page, or a timeout, in any round fails the run:
 * a refusal is answered faster than a page and would pass for throughput.
 */
export function sideBySide(urls: readonly string[], rounds: number, options: WrkOptions) {
  urls.forEach((url) => wrk(url, options));
  const runs = Array.from({ length: rounds }, () => urls.map((url) => wrk(url, options)));
  return urls.map((url, index) => {
    const failed = runs.reduce((sum, round) => sum + round[index]!.errors + round[index]!.timeouts, 0);
    check(failed === 0, `${decodeURI(url)} answered every request with a page`, `${failed} did not`);
    return {
      perSecond: median(runs.map((round) => round[index]!.perSecond)),
      ratio: median(runs.map((round) => round[index]!.perSecond / round[0]!.perSecond)),
      p99: median(runs.map((round) => round[index]!.p99)),
    };
  });
}
