// The direction of a block of text. A paragraph with any Arabic letter is right-to-left,
// even when it opens with a Latin name ("Reuters قالت…"), which the browser's dir="auto"
// (first strong character wins) would wrongly flip; a paragraph with Latin letters and no
// Arabic at all (a quote in English) is left-to-right; digits and punctuation alone decide nothing.

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;

export type TextDirection = "rtl" | "ltr";

export function textDirection(text: string): TextDirection | null {
  if (RTL_LETTER.test(text)) return "rtl";
  if (LTR_LETTER.test(text)) return "ltr";
  return null;
}

/** The dir attribute a block needs inside a page of `pageDirection`: only where they differ. */
export function blockDirAttribute(text: string, pageDirection: TextDirection): TextDirection | undefined {
  const direction = textDirection(text);
  return direction && direction !== pageDirection ? direction : undefined;
}
