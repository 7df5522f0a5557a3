import { migrateDatabase } from "./migrate";
import { assertLocalDatabase, withScriptConnection } from "./script-connection";
import { seedDemoNewsroom } from "./seed";

assertLocalDatabase();
await withScriptConnection(async (connection) => {
  await migrateDatabase(connection);
  await seedDemoNewsroom(connection.db);
});
console.log("Demo newsroom seeded.");
