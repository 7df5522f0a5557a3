"use client";

import { StatusPage } from "@/components/ui/status-page";
import { ar } from "@/lib/i18n/site";

// The 404, 403 and 401 pages, as client components. Every page's payload carries each layout's
// boundaries (the root's and its route group's): as client components they are a reference of a
// few bytes there, their markup in a cached script, and their words in the site's string table,
// which public pages' scripts hold anyway.

export function NotFoundPage() {
  return <StatusPage code={404} title={ar.errors.notFoundTitle} body={ar.errors.notFoundBody} />;
}

export function ForbiddenPage() {
  return <StatusPage code={403} title={ar.errors.forbiddenTitle} body={ar.errors.forbiddenBody} />;
}

export function UnauthorizedPage() {
  return <StatusPage code={401} title={ar.errors.unauthorizedTitle} body={ar.errors.unauthorizedBody} />;
}
