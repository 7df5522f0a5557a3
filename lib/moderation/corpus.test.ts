import { afterAll, describe, expect, it } from "vitest";
import { moderationCorpus, corpusLists, type Expected } from "./corpus";
import { holdSuspectWords, rejectBannedWords } from "./phases/word-lists";
import { neutralizeCommentText } from "./text";
import { moderationContext, NOW } from "./test-context";

// The public moderation corpus, run in full through the word-list phases.

const settings = { bannedWords: corpusLists.banned, suspectWords: corpusLists.suspect, exceptionWords: corpusLists.exception };
const results: { expected: Expected; got: Expected }[] = [];

function decide(text: string) {
  const context = moderationContext({ settings, text });
  const decision = rejectBannedWords(context, NOW) ?? holdSuspectWords(context, NOW);
  const evidence = decision?.evidence?.kind === "word" ? decision.evidence : undefined;
  const got: Expected = decision?.rule === "banned-words" ? "banned" : decision?.rule === "suspect-words" ? "suspect" : "clean";
  return { got, evidence };
}

describe("moderation corpus", () => {
  it("has at least 150 cases, evasions and innocent texts both", () => {
    expect(moderationCorpus.length).toBeGreaterThanOrEqual(150);
    expect(moderationCorpus.filter((c) => c.expect === "clean").length).toBeGreaterThanOrEqual(60);
  });

  // As the pipeline sees a comment: neutralised, as it will be stored.
  it.each(moderationCorpus.map((c) => [c.expect, c.text, c] as const))("%s: %s", (_expect, typed, corpusCase) => {
    const text = neutralizeCommentText(typed);
    const { got, evidence } = decide(text);
    results.push({ expected: corpusCase.expect, got });
    expect(got).toBe(corpusCase.expect);
    if (corpusCase.word) {
      expect(evidence).toMatchObject({ word: corpusCase.word, form: corpusCase.form });
      // The evidence points at what was written, for the moderator's highlight.
      expect(text.slice(evidence!.index, evidence!.index + evidence!.length).length).toBeGreaterThan(0);
    }
  });

  afterAll(() => {
    const evasions = results.filter((r) => r.expected !== "clean");
    const innocent = results.filter((r) => r.expected === "clean");
    const caught = evasions.filter((r) => r.got === r.expected).length;
    const falsePositives = innocent.filter((r) => r.got !== "clean").length;
    console.info(
      `moderation corpus: ${caught}/${evasions.length} evasions caught, ${falsePositives}/${innocent.length} innocent texts flagged`,
    );
  });
});
