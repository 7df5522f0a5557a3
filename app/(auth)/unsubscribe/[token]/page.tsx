import type { Metadata } from "next";
import { ar } from "@/lib/i18n/ar";
import { UnsubscribeForm } from "./unsubscribe-form";

export const metadata: Metadata = { title: ar.account.unsubscribe.title, robots: { index: false }, referrer: "no-referrer" };

// A page with one button rather than a change on GET: mail scanners open links, people press buttons.
export default async function UnsubscribePage({ params }: PageProps<"/unsubscribe/[token]">) {
  const { token } = await params;
  return (
    <div className="auth-page">
      <h1>{ar.account.unsubscribe.title}</h1>
      <p className="auth-page__intro">{ar.account.unsubscribe.intro}</p>
      <UnsubscribeForm token={token} />
    </div>
  );
}
