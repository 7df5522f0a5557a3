import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { EmailAddress } from "@/components/ui/email-address";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { formatDateTime } from "@/lib/arabic/dates";
import { listOutbox } from "@/lib/dal/mail";
import { ar } from "@/lib/i18n/ar";

export const metadata: Metadata = { title: ar.outbox.title, robots: { index: false } };

export default async function OutboxPage() {
  const viewer = await requireCapabilityPage("mail.outbox", "/admin/outbox");
  const messages = await listOutbox(viewer);
  const t = ar.outbox;
  return (
    <div className="desk-page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <DataTable columns={[t.to, t.subject, t.status, t.createdAt]} hasRows={messages.length > 0} empty={t.empty}>
        {messages.map((message) => (
          <tr key={message.id}>
            <td>
              <EmailAddress address={message.to} />
            </td>
            <th scope="row">
              {message.subject}
              {message.text && (
                <details>
                  <summary>{t.showText}</summary>
                  <pre dir="auto" className="outbox__text">
                    {message.text}
                  </pre>
                </details>
              )}
            </th>
            <td>
              {t.statuses[message.status]}
              {message.attempts > 1 && <div>{t.attempts(message.attempts)}</div>}
              {message.lastError && <div dir="auto">{message.lastError}</div>}
            </td>
            <td>{formatDateTime(message.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
