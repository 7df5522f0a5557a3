import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { articles } from "@/db/schema/articles";
import { articleEvents } from "@/db/schema/editorial";

// A story is withdrawn while its last change of status is the withdrawal (wire-stories.ts
// withdrawStory): published again, or moved on any other way, it no longer is.

/** The story's last status event, as an SQL row source: its action, detail and time. */
const lastStatusEvent = sql`(select ${articleEvents.action} as action, ${articleEvents.detail} as detail, ${articleEvents.createdAt} as at
  from ${articleEvents} where ${articleEvents.articleId} = ${articles.id} and ${articleEvents.toStatus} is not null
  order by ${articleEvents.id} desc limit 1)`;

export const isWithdrawn: SQL<boolean> = sql<boolean>`coalesce((select last.action = 'withdrawn' from ${lastStatusEvent} as last), false)`;

/** The withdrawal's detail (the note readers read, and the headline the story had) and time, when the story is withdrawn. */
export const withdrawal: SQL<{ detail: { note?: string; headline?: string }; at: string } | null> = sql`(select json_build_object('detail', last.detail, 'at', last.at)
  from ${lastStatusEvent} as last where last.action = 'withdrawn')`;
