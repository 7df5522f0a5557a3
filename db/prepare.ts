import { MISSING_SECRET_MESSAGE } from "@/lib/auth/secret";
import { env, isEmbeddedDatabase } from "@/lib/env";
import { migrateDatabase } from "./migrate";
import { withScriptConnection } from "./script-connection";
import { isDatabaseEmpty, seedDemoNewsroom } from "./seed";

// Runs before `next start`: refuse to start a real installation without a session key, apply
// pending migrations and, in the embedded demo, fill an empty newsroom.
if (!isEmbeddedDatabase && !env.AUTH_SECRET) {
  console.error(MISSING_SECRET_MESSAGE);
  process.exit(1);
}
await withScriptConnection(async (connection) => {
  await migrateDatabase(connection);
  if (isEmbeddedDatabase && (await isDatabaseEmpty(connection.db))) {
    await seedDemoNewsroom(connection.db);
    console.log("Embedded demo newsroom seeded.");
  }
});
