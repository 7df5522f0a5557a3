"use client";

import { AreaError } from "@/components/ui/area-error";
import { ar } from "@/lib/i18n/newsroom";

export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <AreaError title={ar.admin.errorPage.title} body={ar.admin.errorPage.body} back={{ href: "/admin/users", label: ar.admin.usersTitle }} reset={reset} />;
}
