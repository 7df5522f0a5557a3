import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { staffTransaction } from "@/db/staff-transaction";
import { selectPreparedRows } from "@/db/client";
import { moderationWords, siteSettings, type WordListName } from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import { defaultCommentSettings, readCommentSettings, toModerationSettings, type CommentSettings } from "@/lib/comments/settings";
import { DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import type { ModerationSettings } from "@/lib/moderation/settings";
import { recordEvents } from "./internal/comment-records";

// The comment settings (one validated JSON object) and the banned and suspect word lists.

const SETTINGS_KEY = "comments";

export async function getCommentSettings(): Promise<CommentSettings> {
  const [row] = await getDb().select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, SETTINGS_KEY));
  return readCommentSettings(row?.value);
}

// Compiling thousands of listed words for every comment would be wasteful, so the compiled
// rules are kept per process and rebuilt when the settings or the word table change. The
// database stays the truth: each comment reads the settings and the word table's version
// (any addition raises the highest id, any removal lowers the count) along with what else it needs.
let compiled: { key: string; rules: ModerationSettings } | undefined;
const defaultModerationRules = toModerationSettings(defaultCommentSettings, { bannedWords: [], suspectWords: [] });

/** The columns `settings`, `words` and `top_word`, for a query that reads other things too. */
export const moderationRulesVersion = sql`
  (select ${siteSettings.value} from ${siteSettings} where ${siteSettings.key} = ${SETTINGS_KEY}) as settings,
  (select count(*)::int from ${moderationWords}) as words,
  (select max(${moderationWords.id}) from ${moderationWords}) as top_word`;

export interface ModerationRulesVersion {
  settings: unknown;
  words: number;
  top_word: number | null;
}

async function loadWords() {
  const rows = await getDb()
    .select({ word: moderationWords.word, list: moderationWords.list, clitics: moderationWords.clitics })
    .from(moderationWords);
  const listed = (list: WordListName) => rows.filter((row) => row.list === list).map(({ word, clitics }) => ({ word, clitics }));
  return { bannedWords: listed("banned"), suspectWords: listed("suspect"), exceptionWords: listed("exception") };
}

/** The rules this process compiled last (the defaults before any): a hint, not the truth. */
export function knownModerationRules(): ModerationSettings {
  return compiled?.rules ?? defaultModerationRules;
}

/** The settings and the pipeline's compiled view of them, given their version as read. */
export async function moderationRulesAt(
  version: ModerationRulesVersion,
): Promise<{ settings: CommentSettings; rules: ModerationSettings }> {
  // Drivers differ on whether a jsonb value from a sub-select arrives parsed.
  const settings = readCommentSettings(typeof version.settings === "string" ? JSON.parse(version.settings) : version.settings);
  const key = `${version.words}:${version.top_word ?? 0}|${JSON.stringify(settings)}`;
  if (compiled?.key !== key) compiled = { key, rules: toModerationSettings(settings, await loadWords()) };
  return { settings, rules: compiled.rules };
}

/** The settings and the pipeline's compiled view of them, for moderating a comment. */
export async function loadModerationRules(): Promise<{ settings: CommentSettings; rules: ModerationSettings }> {
  const [version] = await selectPreparedRows<ModerationRulesVersion>(getDb(), sql`select ${moderationRulesVersion}`);
  return moderationRulesAt(version!);
}

export async function updateCommentSettings(viewer: Viewer, next: CommentSettings) {
  assertCan(viewer, "settings.manage");
  await staffTransaction(async (tx) => {
    const [before] = await tx.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, SETTINGS_KEY)).for("update");
    const now = new Date();
    await tx
      .insert(siteSettings)
      .values({ key: SETTINGS_KEY, value: next, updatedBy: viewer.id, updatedAt: now })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value: next, updatedBy: viewer.id, updatedAt: now } });
    await recordEvents(tx, [
      {
        actorId: viewer.id,
        action: "settings_changed",
        evidence: { before: readCommentSettings(before?.value), after: next },
      },
    ]);
  });
}

export interface ModerationWordRow {
  id: number;
  word: string;
  list: WordListName;
  clitics: boolean;
  addedBy: string | null;
  createdAt: string;
}

export async function listModerationWords(viewer: Viewer): Promise<ModerationWordRow[]> {
  assertCan(viewer, "wordlist.manage");
  const rows = await getDb()
    .select({
      id: moderationWords.id,
      word: moderationWords.word,
      list: moderationWords.list,
      clitics: moderationWords.clitics,
      addedBy: users.displayName,
      createdAt: moderationWords.createdAt,
    })
    .from(moderationWords)
    .leftJoin(users, eq(users.id, moderationWords.createdBy))
    .orderBy(asc(moderationWords.list), asc(moderationWords.word));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/** `clitics`: whether proclitics, a vocative and possessive suffixes may surround the word. */
export async function addModerationWord(viewer: Viewer, list: WordListName, word: string, clitics = true) {
  assertCan(viewer, "wordlist.manage");
  await staffTransaction(async (tx) => {
    const [added] = await tx
      .insert(moderationWords)
      .values({ list, word, clitics, createdBy: viewer.id })
      .onConflictDoNothing()
      .returning({ id: moderationWords.id });
    if (!added) throw new DomainError("duplicateWord", ar.moderationDesk.words.duplicate);
    await recordEvents(tx, [{ actorId: viewer.id, action: "word_added", evidence: { list, word, clitics } }]);
  });
}

export async function removeModerationWord(viewer: Viewer, id: number) {
  assertCan(viewer, "wordlist.manage");
  await staffTransaction(async (tx) => {
    const [removed] = await tx
      .delete(moderationWords)
      .where(and(eq(moderationWords.id, id)))
      .returning({ list: moderationWords.list, word: moderationWords.word });
    if (!removed) return;
    await recordEvents(tx, [{ actorId: viewer.id, action: "word_removed", evidence: removed }]);
  });
}
