"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { ar } from "@/lib/i18n/ar";

type Me =
  | { signedIn: false }
  | { signedIn: true; displayName: string; links: { href: string; label: string }[]; pendingComments: number | null };

const MODERATION = "/moderation";

/**
 * Who is signed in, fetched after load because every reader shares the cached page.
 * Without JavaScript it stays a sign-in link, which still works.
 */
export function AccountMenu() {
  const [me, setMe] = useState<Me>({ signedIn: false });
  useEffect(() => {
    let controller = new AbortController();
    const load = () => {
      controller.abort();
      controller = new AbortController();
      fetch("/api/me", { signal: controller.signal, cache: "no-store" })
        .then((response) => (response.ok ? response.json() : { signedIn: false }))
        .then(setMe)
        .catch(() => {});
    };
    load();
    // The moderation desk announces its decisions, so the pending count follows them.
    window.addEventListener("khabar:moderation-changed", load);
    return () => {
      window.removeEventListener("khabar:moderation-changed", load);
      controller.abort();
    };
  }, []);

  if (!me.signedIn) {
    return (
      <ul className="account-menu">
        <li>
          <Link href="/login">{ar.auth.signIn}</Link>
        </li>
        <li>
          <Link href="/register">{ar.auth.register}</Link>
        </li>
      </ul>
    );
  }
  return (
    <ul className="account-menu" aria-label={ar.auth.account}>
      {me.links.map((link) => (
        <li key={link.href}>
          <Link href={link.href}>
            {link.label}
            {link.href === MODERATION && me.pendingComments ? (
              <span className="count-badge">
                <span aria-hidden="true">{me.pendingComments}</span>
                <span className="visually-hidden">{` (${ar.moderationDesk.pendingInHeader(me.pendingComments)})`}</span>
              </span>
            ) : null}
          </Link>
        </li>
      ))}
      <li>
        <Link href="/account" className="account-menu__name">
          <bdi>{me.displayName}</bdi>
        </Link>
      </li>
    </ul>
  );
}
