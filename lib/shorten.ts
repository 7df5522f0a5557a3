/**
 * `text` in at most `max` characters: whole if it fits, else cut at the last space that keeps
 * at least half of it, with an ellipsis (counted in `max`). Whitespace runs count as one space.
 */
export function shortenAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space >= max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).trimEnd()}…`;
}
