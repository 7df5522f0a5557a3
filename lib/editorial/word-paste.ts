// HTML that Word puts on the clipboard, made fit for the editor's parser. Word wraps its markup
// in comments and conditional blocks (ProseMirror drops tags it has no rule for, but their text
// would surface), and writes list items as paragraphs styled `mso-list:lN levelM lfoK`, with
// the bullet or number as text in a `<![if !supportLists]>` block: those become real lists.

const LIST_PARAGRAPH = /<p\b([^>]*)>([\s\S]*?)<\/p>/gi;
const LIST_STYLE = /mso-list:\s*(l\d+)/i;
const MARKER = /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i;
/** "1." "a)" "iv." "أ." "١-": a numbered item; anything else ("·", "o", "§", "-") a bullet. */
const NUMBERED = /^[\p{N}\p{L}]{1,4}[.)\-]$/u;

const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;|\u00a0/g, " ")
    .trim();

interface ListItem {
  list: string;
  tag: "ol" | "ul";
  content: string;
}

function listItemOf(attributes: string, content: string): ListItem | null {
  const list = LIST_STYLE.exec(attributes)?.[1];
  if (!list) return null;
  const marker = MARKER.exec(content);
  const numbered = marker ? NUMBERED.test(textOf(marker[1]!).split(/\s+/)[0] ?? "") : false;
  return { list, tag: numbered ? "ol" : "ul", content: content.replace(MARKER, "").trim() };
}

/** Runs of Word list paragraphs become <ul>/<ol> lists, one per run of the same list and kind. */
function wordListsToLists(html: string): string {
  const pieces: (string | ListItem)[] = [];
  let last = 0;
  for (const match of html.matchAll(LIST_PARAGRAPH)) {
    const item = listItemOf(match[1]!, match[2]!);
    if (!item) continue;
    pieces.push(html.slice(last, match.index), item);
    last = match.index! + match[0].length;
  }
  pieces.push(html.slice(last));

  let output = "";
  let open: ListItem | null = null;
  for (const piece of pieces) {
    if (typeof piece === "string") {
      // Only whitespace between two items keeps a list going.
      if (open && piece.trim() === "") continue;
      if (open) output += `</${open.tag}>`;
      open = null;
      output += piece;
      continue;
    }
    if (!open || open.list !== piece.list || open.tag !== piece.tag) {
      if (open) output += `</${open.tag}>`;
      output += `<${piece.tag}>`;
      open = piece;
    }
    output += `<li><p>${piece.content}</p></li>`;
  }
  if (open) output += `</${open.tag}>`;
  return output;
}

export function cleanWordPaste(html: string): string {
  return wordListsToLists(html)
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!\[(?:if|endif)[^\]]*\]>/gi, "")
    .replace(/<\/?o:p>/g, "")
    .replace(/<(style|script|xml|meta|link)[\s\S]*?<\/\1>/gi, "");
}
