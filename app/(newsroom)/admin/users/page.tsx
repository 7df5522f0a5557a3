import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { EmailAddress } from "@/components/ui/email-address";
import { IntentLink } from "@/components/ui/intent-link";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { listUsers } from "@/lib/dal/users";
import { ar } from "@/lib/i18n/ar";
import { AddressingForm, CreateUserForm, RoleForm, StatusForm } from "./user-forms";

export const metadata: Metadata = { title: ar.admin.usersTitle, robots: { index: false } };

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const viewer = await requireCapabilityPage("user.manage", "/admin/users");
  const rawQuery = (await searchParams).q;
  const query = (typeof rawQuery === "string" ? rawQuery : "").trim().slice(0, 100);
  const users = await listUsers(viewer, query);

  return (
    <div className="desk-page">
      <h1>{ar.admin.usersTitle}</h1>
      <p>
        <IntentLink href="/admin/outbox">{ar.outbox.link}</IntentLink>
      </p>
      <form role="search" className="search-row" action="/admin/users">
        <label htmlFor="user-search" className="visually-hidden">
          {ar.admin.search}
        </label>
        <input id="user-search" type="search" name="q" defaultValue={query} placeholder={ar.admin.search} />
        <button type="submit" className="button">
          {ar.admin.searchSubmit}
        </button>
      </form>
      <DataTable
        columns={[ar.admin.name, ar.admin.email, ar.admin.role, ar.admin.addressedAs, ar.admin.status]}
        hasRows={users.length > 0}
        empty={ar.admin.noUsers}
      >
        {users.map((user) => (
          <tr key={user.id} className={user.status === "deactivated" ? "is-muted" : undefined}>
            <th scope="row">
              <bdi>{user.displayName}</bdi>
            </th>
            <td>
              <EmailAddress address={user.email} />
            </td>
            <td>
              <RoleForm userId={user.id} role={user.role} userName={user.displayName} />
            </td>
            <td>
              <AddressingForm userId={user.id} addressedAs={user.addressedAs} userName={user.displayName} />
            </td>
            <td>
              <span className="status-label">
                {user.status === "active" ? ar.admin.active : ar.admin.deactivated}
              </span>
              {/* Nobody deactivates their own account: the data layer refuses it too. */}
              {user.id !== viewer.id && <StatusForm userId={user.id} status={user.status} userName={user.displayName} />}
            </td>
          </tr>
        ))}
      </DataTable>
      <section className="panel" aria-labelledby="create-user-heading">
        <h2 id="create-user-heading">{ar.admin.createUser}</h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
