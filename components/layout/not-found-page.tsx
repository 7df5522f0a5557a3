import { notFound } from "next/navigation";
import { Suspense } from "react";
import { NotFoundPage } from "./status-boundaries";

async function Missing(): Promise<never> {
  notFound();
}

/**
 * What an ISR page (a story, the home page) renders for something that does not exist: the 404
 * page in the server's HTML, with the 404 status.
 *
 * `notFound()` thrown from a page's render leaves Next's HTML an empty `__next_error__` shell
 * (no lang, no dir, nothing without JavaScript: vercel/next.js#62228). Thrown inside a Suspense
 * boundary of a page that is prerendered (ISR), it still sets the status, and the boundary's
 * fallback, the 404 page itself, is what the HTML holds; in the browser the router then shows
 * app/not-found.tsx in its place, the same page. Pages rendered per request stream their
 * boundaries after the status is sent, so this works for ISR pages only.
 */
export function NotFoundInPlace() {
  return (
    <Suspense fallback={<NotFoundPage />}>
      <Missing />
    </Suspense>
  );
}
