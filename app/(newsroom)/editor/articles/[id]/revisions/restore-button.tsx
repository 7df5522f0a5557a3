"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { ar } from "@/lib/i18n/newsroom";
import { initialFormState } from "@/lib/actions/result";
import { restoreRevisionAction } from "../../../actions";

export function RestoreButton({ articleId, version, baseVersion }: { articleId: string; version: number; baseVersion: number }) {
  const [state, action] = useActionState(restoreRevisionAction, initialFormState);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <SubmitButton className="button button--small button--quiet">
        <span aria-hidden="true">{ar.editor.revisions.restore}</span>
        <span className="visually-hidden">{`${ar.editor.revisions.restore}: ${ar.editor.revisions.version(version)}`}</span>
      </SubmitButton>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
