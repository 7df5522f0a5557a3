import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/** Prints, after the run, why each skipped test was skipped (the list reporter shows only that it was). */
export default class SkipReasons implements Reporter {
  private readonly reasons = new Map<string, string[]>();

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status !== "skipped") return;
    const reason = test.annotations.find((annotation) => annotation.type === "skip")?.description ?? "no reason given";
    this.reasons.set(reason, [...(this.reasons.get(reason) ?? []), test.titlePath().slice(1).join(" › ")]);
  }

  onEnd() {
    for (const [reason, tests] of this.reasons) {
      console.log(`\n  Skipped (${tests.length}): ${reason}`);
      for (const title of tests) console.log(`    - ${title}`);
    }
  }

  printsToStdio() {
    return false;
  }
}
