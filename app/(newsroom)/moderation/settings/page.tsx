import type { Metadata } from "next";
import { DeskNav } from "@/components/moderation/desk-nav";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/permissions/viewer";
import { getCommentSettings } from "@/lib/dal/comment-settings";
import { ar } from "@/lib/i18n/ar";
import { SettingsForm } from "./settings-form";

const t = ar.moderationDesk.settings;

export const metadata: Metadata = { title: t.title, robots: { index: false } };

// Moderators see the rules in force; administrators change them (settings.manage).
export default async function SettingsPage() {
  const viewer = await requireCapabilityPage("comment.moderate", "/moderation/settings");
  const settings = await getCommentSettings();
  const editable = can(viewer, "settings.manage");
  return (
    <div className="desk-page desk-page--wide">
      <h1>{t.title}</h1>
      <DeskNav current="settings" viewer={viewer} />
      {!editable && <p className="thread__notice">{t.readOnly}</p>}
      <section className="panel">
        <SettingsForm
          editable={editable}
          values={{
            guestComments: settings.guestComments ? "on" : "",
            trustThreshold: String(settings.trustThreshold),
            maxLinks: String(settings.maxLinks),
            autoCloseAfterDays: settings.autoCloseAfterDays === null ? "" : String(settings.autoCloseAfterDays),
            reportThreshold: String(settings.reportThreshold),
            rateMax: String(settings.rateLimit.maxComments),
            rateWindow: String(settings.rateLimit.windowMinutes),
            ipMax: String(settings.ipRateLimit.maxComments),
            ipWindow: String(settings.ipRateLimit.windowMinutes),
            repeatWindow: String(settings.repeatPostWindowMinutes),
          }}
        />
      </section>
    </div>
  );
}
