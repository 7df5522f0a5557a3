import { isOwnClock } from "@/lib/editorial/clock";
import { env } from "@/lib/env";
import { processDropFolders } from "@/lib/wire/drop-folder";

// Called by this process's own clock (lib/editorial/clock.ts) and by nothing else: takes in the
// files agencies dropped since the last look. Every instance looks; each file is processed once.

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!isOwnClock(request) || !env.WIRE_DROP_DIR) return new Response("Not found", { status: 404 });
  try {
    return Response.json(await processDropFolders(env.WIRE_DROP_DIR));
  } catch (error) {
    console.error("Wire drop folders: could not process", error);
    return new Response("Unavailable", { status: 503 });
  }
}
