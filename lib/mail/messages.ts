import { env } from "@/lib/env";
import { ar } from "@/lib/i18n/mail";
import { ar as site } from "@/lib/i18n/site";
import { composeMessage, type ComposedMessage, type MessageParts } from "./compose";

// Each message Khabar sends, from what it is about to its subject, texts and headers.
// Links are absolute, on SITE_URL.

export interface Letter extends ComposedMessage {
  kind: "verify_email" | "reset_password" | "set_password" | "password_changed" | "email_changed" | "reply" | "comment_rejected" | "sanctioned";
  headers?: Record<string, string>;
}

const siteName = site.site.name;
export const siteLink = (path: string) => new URL(path, env.SITE_URL).href;

export const linkPaths = {
  verify: (token: string) => `/verify-email/${token}`,
  reset: (token: string) => `/reset-password/${token}`,
  unsubscribe: (token: string) => `/unsubscribe/${token}`,
  oneClickUnsubscribe: (token: string) => `/api/unsubscribe/${token}`,
};

/** A message whose point is one link: verify, reset, set a first password. */
function linkLetter(
  kind: Letter["kind"],
  parts: { subject: string; name: string; body: string; action: string; path: string; footer?: string[] },
): Letter {
  return {
    kind,
    ...composeMessage({
      subject: parts.subject,
      greetingName: parts.name,
      paragraphs: [parts.body],
      action: { label: parts.action, url: siteLink(parts.path) },
      footer: parts.footer,
    }),
  };
}

export const verifyEmailLetter = (name: string, token: string): Letter =>
  linkLetter("verify_email", { ...ar.mail.verify, subject: ar.mail.verify.subject(siteName), name, path: linkPaths.verify(token), footer: [ar.mail.ignore] });

export const resetPasswordLetter = (name: string, token: string): Letter =>
  linkLetter("reset_password", { ...ar.mail.reset, subject: ar.mail.reset.subject(siteName), name, path: linkPaths.reset(token), footer: [ar.mail.ignore] });

export const setPasswordLetter = (name: string, roleName: string, token: string): Letter =>
  linkLetter("set_password", {
    ...ar.mail.setPassword,
    subject: ar.mail.setPassword.subject(siteName),
    body: ar.mail.setPassword.body(roleName),
    name,
    path: linkPaths.reset(token),
  });

export function passwordChangedLetter(name: string): Letter {
  const t = ar.mail.passwordChanged;
  return {
    kind: "password_changed",
    ...composeMessage({ subject: t.subject(siteName), greetingName: name, paragraphs: [t.body, t.notYou] }),
  };
}

/** To the old address, when the account moves to a new one. */
export function emailChangedLetter(name: string, newEmail: string): Letter {
  const t = ar.mail.emailChanged;
  return {
    kind: "email_changed",
    ...composeMessage({ subject: t.subject(siteName), greetingName: name, paragraphs: [t.body(newEmail), t.notYou] }),
  };
}

/** Every opt-in notice carries a one-click unsubscribe, in its text and in its headers (RFC 8058). */
function noticeLetter(kind: Letter["kind"], unsubscribeToken: string, parts: Omit<MessageParts, "unsubscribe">): Letter {
  return {
    kind,
    headers: {
      "List-Unsubscribe": `<${siteLink(linkPaths.oneClickUnsubscribe(unsubscribeToken))}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
    ...composeMessage({ ...parts, unsubscribe: { label: ar.mail.unsubscribe, url: siteLink(linkPaths.unsubscribe(unsubscribeToken)) } }),
  };
}

export function replyLetter(input: { name: string; replier: string; story: string; reply: string; commentPath: string; unsubscribeToken: string }): Letter {
  const t = ar.mail.reply;
  return noticeLetter("reply", input.unsubscribeToken, {
    subject: t.subject(input.replier),
    greetingName: input.name,
    paragraphs: [t.body(input.replier, input.story)],
    quote: input.reply,
    action: { label: t.action, url: siteLink(input.commentPath) },
    footer: [t.why],
  });
}

export function rejectedLetter(input: { name: string; story: string; comment: string; reason: string; unsubscribeToken: string }): Letter {
  const t = ar.mail.rejected;
  return noticeLetter("comment_rejected", input.unsubscribeToken, {
    subject: t.subject(siteName),
    greetingName: input.name,
    paragraphs: [t.body(input.story), t.reason(input.reason)],
    quote: input.comment,
    footer: [ar.mail.moderationWhy],
  });
}

/** `until` is already formatted for reading; null for a ban. */
export function sanctionLetter(input: { name: string; until: string | null; reason: string; unsubscribeToken: string }): Letter {
  const t = ar.mail.sanctioned;
  return noticeLetter("sanctioned", input.unsubscribeToken, {
    subject: t.subject(siteName),
    greetingName: input.name,
    paragraphs: [input.until ? t.suspended(input.until) : t.banned, t.reason(input.reason)],
    footer: [ar.mail.moderationWhy],
  });
}
