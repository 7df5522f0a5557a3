import { Fragment } from "react";
import type { TextPart } from "@/lib/search/highlight";

/** Text with the words a search matched wrapped in <mark>; every part is rendered as text. */
export function HighlightedText({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) =>
    part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
  );
}
