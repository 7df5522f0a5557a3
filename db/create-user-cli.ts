import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword } from "@/lib/passwords";
import { createUserSchema } from "@/lib/validation/auth";
import { users } from "./schema/users";
import { withScriptConnection } from "./script-connection";

// npm run user:create -- --email chief@example.com --role admin [--name "…"] [--password "…"]
// Creates an account from the command line, e.g. the first admin of a new installation.
// Without --password a strong one is generated and printed once.
const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
});

const generated = values.password === undefined;
const password = values.password ?? randomBytes(18).toString("base64url");
const parsed = createUserSchema.safeParse({
  email: values.email ?? "",
  role: values.role ?? "",
  displayName: values.name ?? (values.email ?? "").split("@")[0],
  password,
});
if (!parsed.success) {
  console.error("Cannot create the user:\n" + z.prettifyError(parsed.error));
  process.exit(1);
}

const input = parsed.data;
const created = await withScriptConnection(async ({ db }) =>
  db
    .insert(users)
    .values({ email: input.email, displayName: input.displayName, role: input.role, passwordHash: await hashPassword(password), emailVerifiedAt: new Date() })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id }),
);
if (created.length === 0) {
  console.error(`An account with ${input.email} already exists.`);
  process.exit(1);
}
console.log(`Created ${input.role} ${input.email}.`);
if (generated) console.log(`Password (shown once; change it at /account): ${password}`);
