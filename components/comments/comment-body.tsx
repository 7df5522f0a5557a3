import { digitGroupRuns } from "@/lib/arabic/digit-groups";
import { blockDirAttribute } from "@/lib/arabic/direction";

/**
 * A comment's text, one block per paragraph (blank lines apart), each in the direction of its
 * own words (lib/arabic/direction.ts): an Arabic paragraph that opens with "Reuters" stays
 * right-to-left, where dir="auto" would flip it. Digit groups (phone numbers) are isolated
 * left to right. Plain text nodes only: nothing in a comment is markup.
 */
export function CommentBody({ text, className }: { text: string; className: string }) {
  const paragraphs = text.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== "");
  return (
    <div className={className}>
      {paragraphs.map((paragraph, index) => (
        <p key={index} dir={blockDirAttribute(paragraph, "rtl")}>
          {digitGroupRuns(paragraph).map((run, at) =>
            run.digits ? (
              <bdi key={at} dir="ltr">
                {run.text}
              </bdi>
            ) : (
              run.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
