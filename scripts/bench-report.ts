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
