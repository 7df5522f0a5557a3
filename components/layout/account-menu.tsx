"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ar } from "@/lib/i18n/site";

type Me =
  | { signedIn: false }
  | { signedIn: true; displayName: string; links: { href: string; label: string }[]; pendingComments: number | null };

const MODERATION = "/moderation";
const SESSION_CHANGING = "khabar:session-changing";

/**
 * Called by the forms that sign in, register or sign out as they are sent: the page they lead to
 * is reached by a client-side navigation, which keeps this menu, so it asks again once there.
 */
export function announceSessionChange() {
  window.dispatchEvent(new Event(SESSION_CHANGING));
}

/**
 * Who is signed in, fetched after load because every reader shares the cached page. Until the
 * answer comes it shows nothing rather than a guess (hidden by CSS while scripts run), so a
 * signed-in page never flashes "sign in". Without JavaScript it stays a sign-in link, which works.
 */
export function AccountMenu() {
  const [me, setMe] = useState<Me | null>(null);
  const pathname = usePathname();
  const sessionChanging = useRef(false);
  const reload = useRef<() => void>(() => undefined);

  useEffect(() => {
    let controller = new AbortController();
    const load = () => {
      controller.abort();
      controller = new AbortController();
      fetch("/api/me", { signal: controller.signal, cache: "no-store" })
        .then((response) => (response.ok ? response.json() : { signedIn: false }))
        .then(setMe)
        .catch((error: unknown) => {
          // Unreachable: offer the sign-in links, which work whoever is signed in.
          if (!(error instanceof DOMException && error.name === "AbortError")) setMe({ signedIn: false });
        });
    };
    reload.current = load;
    const expectChange = () => {
      sessionChanging.current = true;
    };
    // A page restored from the back-forward cache may belong to a session since ended or begun.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) load();
    };
    load();
    // The moderation desk announces its decisions, so the pending count follows them.
    window.addEventListener("khabar:moderation-changed", load);
    window.addEventListener(SESSION_CHANGING, expectChange);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.removeEventListener("khabar:moderation-changed", load);
      window.removeEventListener(SESSION_CHANGING, expectChange);
      window.removeEventListener("pageshow", onPageShow);
      controller.abort();
    };
  }, []);

  // The page a sign-in, registration or sign-out leads to: ask who is signed in now.
  useEffect(() => {
    if (!sessionChanging.current) return;
    sessionChanging.current = false;
    reload.current();
  }, [pathname]);

  if (!me?.signedIn) {
    return (
      <ul className="account-menu" data-pending={me ? undefined : ""}>
        <li>
          <IntentLink href="/login">{ar.site.header.signIn}</IntentLink>
        </li>
        <li>
          <IntentLink href="/register">{ar.site.header.register}</IntentLink>
        </li>
      </ul>
    );
  }
  return (
    <ul className="account-menu" aria-label={ar.site.header.account}>
      {me.links.map((link) => (
        <li key={link.href}>
          <IntentLink href={link.href}>
            {link.label}
            {link.href === MODERATION && me.pendingComments ? (
              <span className="count-badge">
                <span aria-hidden="true">{me.pendingComments}</span>
                <span className="visually-hidden">{` (${ar.site.header.pendingComments(me.pendingComments)})`}</span>
              </span>
            ) : null}
          </IntentLink>
        </li>
      ))}
      <li>
        <IntentLink href="/account" className="account-menu__name">
          <bdi>{me.displayName}</bdi>
        </IntentLink>
      </li>
    </ul>
  );
}
