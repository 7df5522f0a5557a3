"use client";

import { AreaError } from "@/components/ui/area-error";
import { ar } from "@/lib/i18n/newsroom";

export default function EditorError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <AreaError title={ar.editor.errorPage.title} body={ar.editor.errorPage.body} back={{ href: "/editor", label: ar.editor.backToDesk }} reset={reset} />;
}
