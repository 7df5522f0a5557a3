"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { usePathname } from "next/navigation";
import { frontPageRoute } from "@/lib/routes";

/** A path in one spelling whether or not its Arabic letters are percent-encoded (left as is when malformed). */
function decoded(path: string) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A link in the section navigation, marked as the current page when it is. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  // The home page is served by a rewrite, and may be rendered under the route it rewrites to.
  const current = decoded(pathname === frontPageRoute ? "/" : pathname) === decoded(href);
  return (
    <IntentLink href={href} aria-current={current ? "page" : undefined}>
      {children}
    </IntentLink>
  );
}
