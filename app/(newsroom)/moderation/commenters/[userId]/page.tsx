import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DeskNav } from "@/components/moderation/desk-nav";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/permissions/viewer";
import { sanctionRefusal } from "@/lib/comments/sanction-rules";
import { getCommenter } from "@/lib/dal/commenters";
import { ar } from "@/lib/i18n/ar";
import { articlePath } from "@/lib/routes";
import { LiftSanctionForm, SanctionForm } from "./sanction-forms";

const t = ar.moderationDesk;

export const metadata: Metadata = { title: t.commenterPage, robots: { index: false } };

export default async function CommenterPage({ params }: PageProps<"/moderation/commenters/[userId]">) {
  const { userId } = await params;
  const viewer = await requireCapabilityPage("comment.moderate", `/moderation/commenters/${userId}`);
  const id = z.uuid().safeParse(userId);
  if (!id.success) notFound();
  const commenter = await getCommenter(viewer, id.data);
  if (!commenter) notFound();
  const { record } = commenter;
  const mayAct = can(viewer, "commenter.suspend") && sanctionRefusal(viewer, commenter) === null;

  return (
    <div className="desk-page desk-page--wide">
      <h1>
        {t.commenter.title("")}
        <bdi>{commenter.name}</bdi>
      </h1>
      <DeskNav current="queue" viewer={viewer} />
      <dl className="facts">
        <div>
          <dt>{ar.admin.role}</dt>
          <dd>{ar.roles[commenter.role]}</dd>
        </div>
        <div>
          <dt>{t.commenter.joined}</dt>
          <dd>{commenter.joinedLabel}</dd>
        </div>
        <div>
          <dt>{t.trust}</dt>
          <dd>
            {record.trusted ? t.trusted : t.untrusted(record.counts.approved, record.trustThreshold)}
            {record.restriction && <span className="pill pill--alert">{record.restriction}</span>}
          </dd>
        </div>
        <div>
          <dt>{t.commenter.comments}</dt>
          <dd>{t.history(record.counts.approved, record.counts.pending, record.counts.rejected, record.counts.spam)}</dd>
        </div>
      </dl>

      {mayAct && (
        <section className="panel" aria-labelledby="sanction-heading">
          <h2 id="sanction-heading">{t.commenter.sanctionTitle}</h2>
          <SanctionForm userId={commenter.id} />
        </section>
      )}

      <section aria-labelledby="sanctions-heading">
        <h2 id="sanctions-heading">{t.commenter.sanctions}</h2>
        {commenter.sanctions.length === 0 ? (
          <p className="empty-state">{t.commenter.noSanctions}</p>
        ) : (
          <ul className="record-list">
            {commenter.sanctions.map((sanction) => (
              <li key={sanction.id}>
                <p>
                  <strong>{sanction.kind === "ban" ? t.commenter.ban : t.commenter.suspend}</strong>
                  {sanction.endsAtLabel && <> · {t.suspendedUntil(sanction.endsAtLabel)}</>} ·{" "}
                  <span className={sanction.state === "active" ? "pill pill--alert" : "pill"}>{t.commenter[sanction.state]}</span>
                </p>
                <p dir="auto">{sanction.reason}</p>
                <p className="record-list__meta">
                  <bdi>{sanction.byName}</bdi> · {sanction.createdAtLabel}
                </p>
                {mayAct && sanction.state === "active" && <LiftSanctionForm sanctionId={sanction.id} userId={commenter.id} />}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t.commenter.comments}</h2>
        {commenter.comments.length === 0 ? (
          <p className="empty-state">{t.commenter.noComments}</p>
        ) : (
          <ul className="record-list">
            {commenter.comments.map((comment) => (
              <li key={comment.id}>
                <p className="record-list__meta">
                  <span className={`pill pill--status-${comment.status}`}>{t.statuses[comment.status]}</span> · {comment.createdAtLabel} ·{" "}
                  <Link href={articlePath(comment.slug)}>{comment.headline}</Link>
                </p>
                <p className="record-list__body" dir="auto">
                  {comment.body}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
