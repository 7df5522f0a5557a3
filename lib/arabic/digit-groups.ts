// Phone numbers and other groups of digits inside right-to-left text: the bidi algorithm lays
// each group out on its own, right to left, so "+963 11 123 4567" would read "4567 123 11 963+".
// Each run of groups is isolated as left-to-right (<bdi dir="ltr">) where it is rendered.

const DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
// Two groups at least, joined by one space, hyphen, dot or slash; a leading + or 00 kept with them.
const DIGIT_GROUPS = new RegExp(`\\+?${DIGIT}+(?:[ \\u00A0\\-./]${DIGIT}+)+`, "gu");

export interface TextRun {
  text: string;
  /** Digit groups to be shown left to right, isolated from the text around them. */
  digits: boolean;
}

export function digitGroupRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const match of text.matchAll(DIGIT_GROUPS)) {
    if (match.index > cursor) runs.push({ text: text.slice(cursor, match.index), digits: false });
    runs.push({ text: match[0], digits: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), digits: false });
  return runs;
}
