import demoLive from "./demo-live.json" with { type: "json" };
import demo from "./demo-newsroom.json" with { type: "json" };
import seedArticle from "./seed-article.json" with { type: "json" };

/** Every story the demo seed publishes (db/seed.ts), the seed story and the live coverage included, for tests to check against. */
export const demoPublishedStories: { headline: string; section: string; hoursAgo: number; tags: string[]; authors: string[] }[] = [
  { headline: seedArticle.headline, section: "syria", hoursAgo: 3, tags: ["داعش", "سوريا"], authors: ["newsdesk"] },
  demoLive.story,
  ...demo.articles.filter((story) => story.status === "published"),
];
