"use client";

import { CommentForm } from "./comment-form";
import { useThreadControls } from "./thread-context";

type Props = Omit<React.ComponentProps<typeof CommentForm>, "onPosted" | "onCancel" | "parentId" | "replyToName">;

/** The form at the top of a thread: a posted comment shows in the thread at once. */
export function NewCommentForm(props: Props) {
  const controls = useThreadControls();
  return (
    <CommentForm
      {...props}
      onPosted={(state) => {
        if (state.comment) controls.showOwn(state.comment);
      }}
    />
  );
}
