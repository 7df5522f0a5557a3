import "server-only";
import type { Database } from "@/db";
import { mailMessages } from "@/db/schema/mail";
import type { ComposedMessage } from "@/lib/mail/compose";

// Putting a message in the queue is one insert, in the caller's transaction when it has one:
// no request ever waits for a mail server. The mail tick (lib/mail/worker.ts) sends it.

export interface QueuedMessage extends ComposedMessage {
  kind: string;
  to: string;
  userId: string | null;
  headers?: Record<string, string>;
}

type Executor = Pick<Database, "insert">;

export async function enqueueMail(db: Executor, message: QueuedMessage): Promise<void> {
  await db.insert(mailMessages).values({ ...message, headers: message.headers ?? {} });
}
