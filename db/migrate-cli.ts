import { migrateDatabase } from "./migrate";
import { withScriptConnection } from "./script-connection";

await withScriptConnection(migrateDatabase);
console.log("Migrations applied.");
