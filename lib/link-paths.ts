// Paths as links on our own pages carry them. An Arabic letter percent-encoded takes 6 bytes
// (%D8%B3), raw in UTF-8 it takes 2, and a story page links to a dozen stories by their slugs:
// links carry letters raw (an IRI), and the browser percent-encodes them when it follows one,
// so the request is the same. For <a href> only: redirects, canonical URLs, cache-purge keys,
// sitemaps and feeds keep the ASCII URIs of lib/routes.ts.

const letterOrDigit = /^[\p{L}\p{N}]$/u;

function unencodedLetters(run: string): string {
  try {
    return [...decodeURIComponent(run)].map((char) => (letterOrDigit.test(char) ? char : encodeURIComponent(char))).join("");
  } catch {
    return run;
  }
}

/** A path from lib/routes.ts for a link: its letters and digits raw, all else encoded as it was. */
export const linkPath = (path: string) => path.replace(/(?:%[89a-f][0-9a-f])+/gi, unencodedLetters);
