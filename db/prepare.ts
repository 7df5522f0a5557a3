import { isEmbeddedDatabase } from "@/lib/env";
import { migrateDatabase } from "./migrate";
import { withScriptConnection } from "./script-connection";
import { isDatabaseEmpty, seedDemoNewsroom } from "./seed";

// Runs before `next start`: apply pending migrations and, in the embedded demo, fill an empty newsroom.
await withScriptConnection(async (connection) => {
  await migrateDatabase(connection);
  if (isEmbeddedDatabase && (await isDatabaseEmpty(connection.db))) {
    await seedDemoNewsroom(connection.db);
    console.log("Embedded demo newsroom seeded.");
  }
});
