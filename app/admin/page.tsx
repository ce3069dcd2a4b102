import type { Metadata } from "next";
import Link from "next/link";
import { listAccounts } from "@/domain/users/service";
import { AccountRow } from "@/features/accounts/AccountRow";
import { NewAccountForm } from "@/features/accounts/NewAccountForm";
import { requirePageAccess } from "@/server/auth/page-access";

export const metadata: Metadata = { title: "Accounts" };

/** Admins manage accounts: create, re-role, disable and enable, set a new password. */
export default async function AdminPage() {
  const actor = await requirePageAccess("accounts.manage", "/admin");
  const accounts = await listAccounts(actor);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Accounts</h1>
          <p>
            Viewers read; analysts record claims and links and change their own work; editors change everything and approve; admins manage accounts and{" "}
            <Link href="/admin/webhooks">webhooks</Link>.
          </p>
        </div>
      </div>
      <NewAccountForm />
      <div className="card table-wrap" style={{ marginTop: "1rem" }}>
        <table className="data-table">
          <caption className="visually-hidden">Accounts</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last signed in</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <AccountRow key={a.id} initial={a} isSelf={a.id === actor.userId} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
