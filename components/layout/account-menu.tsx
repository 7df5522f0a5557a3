"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { ar } from "@/lib/i18n/ar";

type Me = { signedIn: false } | { signedIn: true; displayName: string; links: { href: string; label: string }[] };

/**
 * Who is signed in, fetched after load because every reader shares the cached page.
 * Without JavaScript it stays a sign-in link, which still works.
 */
export function AccountMenu() {
  const [me, setMe] = useState<Me>({ signedIn: false });
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { signedIn: false }))
      .then(setMe)
      .catch(() => {});
    return () => controller.abort();
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
          <Link href={link.href}>{link.label}</Link>
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
