import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema/users";
import { seedDemoNewsroom } from "@/db/seed";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { rejectBannedWords } from "@/lib/moderation/phases/word-lists";
import { moderationContext, NOW } from "@/lib/moderation/test-context";
import { addModerationWord, listModerationWords, loadModerationRules } from "./comment-settings";

// Word lists as moderators keep them: per-word clitics and the exceptions list reach the pipeline.

let moderator: SignedInViewer;

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  const [row] = await getDb()
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role })
    .from(users)
    .where(eq(users.email, "moderator@khabar.test"));
  moderator = row!;
  await addModerationWord(moderator, "banned", "كس", false);
  await addModerationWord(moderator, "banned", "خنزير");
  await addModerationWord(moderator, "exception", "الخنزير البري");
});

describe("word lists with clitics and exceptions", () => {
  it("lists each word with whether clitics apply", async () => {
    const words = await listModerationWords(moderator);
    expect(words.find((w) => w.word === "كس")).toMatchObject({ list: "banned", clitics: false });
    expect(words.find((w) => w.word === "الخنزير البري")).toMatchObject({ list: "exception", clitics: true });
  });

  it("compiles them into the rules every comment is moderated by", async () => {
    const { rules } = await loadModerationRules();
    const verdict = (text: string) => rejectBannedWords({ ...moderationContext({ text }), settings: rules }, NOW);
    expect(verdict("اشتريت بكس جديد")).toBeUndefined();
    expect(verdict("شاهدنا الخنزير البري")).toBeUndefined();
    expect(verdict("ياخنزير")).toMatchObject({ rule: "banned-words", evidence: { word: "خنزير", form: "vocative" } });
  });
});
