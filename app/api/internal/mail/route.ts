import { isOwnClock } from "@/lib/editorial/clock";
import { deliverDueMail } from "@/lib/mail/worker";

// Called by this process's own clock (lib/editorial/clock.ts) and by nothing else: sends the
// mail that is due. Requests only queue mail; this is the one place that talks to SMTP.

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!isOwnClock(request)) return new Response("Not found", { status: 404 });
  try {
    return Response.json(await deliverDueMail());
  } catch (error) {
    console.error("Mail tick: could not reach the database", error);
    return new Response("Unavailable", { status: 503 });
  }
}
