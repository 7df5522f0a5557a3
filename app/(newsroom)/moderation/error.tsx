"use client";

import { AreaError } from "@/components/ui/area-error";
import { ar } from "@/lib/i18n/moderation";

export default function ModerationError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = ar.moderationDesk;
  return <AreaError title={t.errorPage.title} body={t.errorPage.body} back={{ href: "/moderation", label: t.nav.queue }} reset={reset} />;
}
