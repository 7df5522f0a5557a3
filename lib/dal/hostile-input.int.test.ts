import fc from "fast-check";
import { and, asc, eq } from "drizzle-orm";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { commenterSanctions, commentModerationEvents, commentReports, comments, moderationWords } from "@/db/schema/comments";
import { articleCorrections, articleEvents, articleRevisions } from "@/db/schema/editorial";
import { searchSynonyms } from "@/db/schema/search";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS, seedDemoNewsroom } from "@/db/seed";
import { storyPayload } from "@/db/testing/story-payload";
import { documentFromParagraphs } from "@/lib/article-document";
import type { Viewer } from "@/lib/permissions/viewer";
import { FORM_MAX_AGE_MS, FORM_MAX_USES } from "@/lib/comments/bot-traps";
import { signFormToken } from "@/lib/comments/form-token";
import { ar } from "@/lib/i18n/ar";
import { parseSearchParams } from "@/lib/validation/search";
import * as accountActions from "@/app/(auth)/account/actions";
import * as loginActions from "@/app/(auth)/login/actions";
import * as registerActions from "@/app/(auth)/register/actions";
import * as userActions from "@/app/(newsroom)/admin/users/actions";
import * as editorActions from "@/app/(newsroom)/editor/actions";
import * as synonymActions from "@/app/(newsroom)/editor/synonyms/actions";
import * as moderationActions from "@/app/(newsroom)/moderation/actions";
import * as commentActions from "@/components/comments/actions";
import { searchArticles, searchCorrection, searchSuggestions } from "./search";
import { loadViewer } from "./users";

// Every server action driven with hostile strings and shapes, as any client may send them:
// each answers in Arabic or succeeds, none throws (a 500), and text the database cannot hold
// is refused before anything is written.

const request = vi.hoisted(() => ({ viewer: null as Viewer }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => request.viewer }));
vi.mock("@/lib/request-ip", () => ({ clientIp: async () => "203.0.113.14" }));
vi.mock("@/lib/auth/config", () => ({ signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next-auth", () => ({ CredentialsSignin: class extends Error {} }));
vi.mock("@/lib/auth/secret", () => ({ resolveAuthSecret: () => "a-test-secret-of-at-least-thirty-two-characters" }));

const hostileUnits = ["\u0000", "\ud800", "\udfff", "\u202e", "\u200f", "\u0007", "\u001b", "\ufeff", "\u0640", "\r\n", "'", "<b>"];
const hostileText = fc.oneof(
  fc.string({ unit: fc.oneof(fc.constantFrom(...hostileUnits), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 40 }),
  fc.constantFrom("ب".repeat(1 << 20), "\u0000".repeat(1 << 20), "خبر\u0000عاجل", "\ud83d"),
);
/** Text that must be refused: NUL (or, outside forms, a lone surrogate) inside ordinary text. */
const unstorableText = (form: boolean) =>
  fc
    .tuple(fc.string({ unit: "grapheme", maxLength: 20 }), fc.constantFrom(...(form ? ["\u0000"] : ["\u0000", "\ud800", "\udc00"])), fc.string({ unit: "grapheme", maxLength: 20 }))
    .map(([before, bad, after]) => `سامر ${before}${bad}${after}`);

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const ids: Record<string, string> = {};
const viewers: Partial<Record<"reader" | "writer" | "editor" | "moderator" | "admin", Viewer>> = {};

async function viewerFor(role: keyof typeof viewers): Promise<Viewer> {
  const email = DEMO_ACCOUNTS.find((account) => account.role === role)!.email;
  const [row] = await getDb().select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.email, email));
  return loadViewer({ userId: row!.id, sessionVersion: row!.sessionVersion });
}

/** A genuine comment form for the test story, issued a minute ago. */
const formToken = (articleId = ids.articleId!, issuedAt = Date.now() - 60_000) =>
  signFormToken("a-test-secret-of-at-least-thirty-two-characters", articleId, issuedAt);

type Answer = { redirectedTo?: string; ok?: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined> };

/** What the caller gets back: the action's answer, or where it redirected; any other throw fails. */
async function answerOf(call: () => Promise<unknown>): Promise<Answer> {
  try {
    return ((await call()) ?? {}) as Answer;
  } catch (error) {
    if (isRedirectError(error)) return { redirectedTo: error.digest.split(";")[2] };
    throw error;
  }
}

const arabic = /[\u0600-\u06ff]/;
function expectCleanAnswer(answer: Answer) {
  if (answer.redirectedTo || answer.ok) return;
  expect(answer.message).toMatch(arabic);
}

/** Every table a person's action could write to, and the rows it could change, to prove a refusal wrote nothing. */
async function writtenRows(): Promise<string> {
  const db = getDb();
  const tables = [users, articles, articleRevisions, articleEvents, articleCorrections, comments, commentReports, commenterSanctions, moderationWords, searchSynonyms, commentModerationEvents];
  const counts = await Promise.all(tables.map((table) => db.$count(table)));
  const names = await db.select({ name: users.displayName }).from(users).orderBy(asc(users.id));
  const versions = await db.select({ version: articles.version, status: articles.status }).from(articles).orderBy(asc(articles.id));
  const bodies = await db.select({ body: comments.body, status: comments.status }).from(comments).orderBy(asc(comments.id));
  return JSON.stringify([counts, names, versions, bodies]);
}

type Role = keyof typeof viewers | "anonymous";
// A multipart form carries well-formed text only (lone surrogates arrive as U+FFFD), so NUL is
// what a form can smuggle; a JSON argument can carry both.
type Case = { as: Role; call: (text: string) => Promise<unknown>; form?: true };

const storyContent = (text: string) =>
  storyPayload({
    kicker: text,
    headline: `عنوان ${text}`,
    dek: text,
    body: documentFromParagraphs([`نص ${text}`]),
    tags: [text],
    sectionId: Number(ids.sectionId),
    authorIds: [ids.writerId!],
  });

/** Each action with the text in a field a person types into. */
const cases: Record<string, Case> = {
  login: { as: "anonymous", form: true, call: (text) => loginActions.loginAction({}, form({ email: `${text}@example.com`, password: text })) },
  register: {
    as: "anonymous",
    form: true,
    call: (text) => registerActions.registerAction({}, form({ displayName: text, email: `r${Math.random()}@example.com`, password: `${text} طويلة بما يكفي` })),
  },
  updateProfile: { as: "reader", form: true, call: (text) => accountActions.updateProfileAction({}, form({ displayName: text })) },
  changePassword: { as: "reader", form: true, call: (text) => accountActions.changePasswordAction({}, form({ currentPassword: text, newPassword: `${text}-جديدة-طويلة` })) },
  setLanding: { as: "admin", form: true, call: (text) => accountActions.setLandingAction({}, form({ landing: text })) },
  createUser: {
    as: "admin",
    form: true,
    call: (text) => userActions.createUserAction({}, form({ displayName: text, email: `u${Math.random()}@example.com`, password: `${text} طويلة بما يكفي`, role: "writer" })),
  },
  changeRole: { as: "admin", form: true, call: (text) => userActions.changeRoleAction({}, form({ userId: ids.readerId!, role: text })) },
  createArticle: { as: "writer", call: (text) => editorActions.createArticleAction(storyContent(text)) },
  saveArticle: {
    as: "editor",
    call: (text) => editorActions.saveArticleAction({ articleId: ids.articleId, baseVersion: 1, content: storyContent(text) }, false),
  },
  transitionArticle: {
    as: "editor",
    call: (text) => editorActions.transitionArticleAction({ articleId: ids.articleId, baseVersion: 1, action: "return", note: text }),
  },
  addCorrection: { as: "editor", form: true, call: (text) => editorActions.addCorrectionAction({}, form({ articleId: ids.articleId!, type: "correction", note: text })) },
  addSynonyms: { as: "editor", form: true, call: (text) => synonymActions.addSynonymsAction({}, form({ spellings: `${text}، كلمة، مفردة` })) },
  postComment: {
    as: "reader",
    call: (text) =>
      commentActions.submitCommentAction({ articleId: ids.articleId, body: text, clientKey: crypto.randomUUID(), formToken: formToken() }),
  },
  postGuestComment: {
    as: "anonymous",
    call: (text) =>
      commentActions.submitCommentAction({
        articleId: ids.articleId,
        body: "تعليق زائر",
        guestName: text,
        guestEmail: "guest@example.com",
        clientKey: crypto.randomUUID(),
        formToken: formToken(),
      }),
  },
  editComment: { as: "reader", call: (text) => commentActions.editCommentAction({ commentId: ids.commentId!, body: text }) },
  reportComment: { as: "reader", call: (text) => commentActions.reportCommentAction({ commentId: ids.commentId!, reason: "spam", note: text }) },
  moderate: { as: "moderator", call: (text) => moderationActions.moderateAction({ ids: [ids.commentId!], decision: "approve", note: text }) },
  sanction: { as: "moderator", form: true, call: (text) => moderationActions.sanctionAction({}, form({ userId: ids.readerId!, kind: "suspension", days: "1", reason: text })) },
  addWord: { as: "moderator", form: true, call: (text) => moderationActions.addWordAction({}, form({ list: "exception", word: text })) },
};

/** Where a refusal of unusable text names its reason: beside a field, or for the whole form. */
const refusalTexts = (answer: Answer) => [answer.message, ...Object.values(answer.fieldErrors ?? {}).flat()];

async function run(role: Role, call: () => Promise<unknown>): Promise<Answer> {
  request.viewer = role === "anonymous" ? null : viewers[role]!;
  return answerOf(call);
}

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  for (const role of ["reader", "writer", "editor", "moderator", "admin"] as const) viewers[role] = await viewerFor(role);
  ids.readerId = viewers.reader!.id;
  ids.writerId = viewers.writer!.id;
  const [story] = await getDb()
    .select({ id: articles.id, sectionId: articles.sectionId })
    .from(articles)
    .where(and(eq(articles.status, "published"), eq(articles.commentMode, "open")))
    .limit(1);
  ids.articleId = story!.id;
  ids.sectionId = String(story!.sectionId);
  const posted = await run("reader", () =>
    commentActions.submitCommentAction({ articleId: ids.articleId, body: "تعليق أول للاختبار", clientKey: crypto.randomUUID(), formToken: formToken() }),
  );
  ids.commentId = (posted as { comment?: { id: string } }).comment!.id;
}, 120_000);

describe("hostile input to every server action", () => {
  it.each(Object.keys(cases))("%s answers in Arabic or succeeds, whatever the text", async (name) => {
    const { as, call } = cases[name]!;
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => expectCleanAnswer(await run(as, () => call(text)))),
      { numRuns: 12 },
    );
  });

  it.each(Object.keys(cases).filter((name) => name !== "setLanding" && name !== "changeRole"))(
    "%s refuses NUL and lone surrogates in Arabic and writes nothing",
    async (name) => {
      const { as, call, form } = cases[name]!;
      await fc.assert(
        fc.asyncProperty(unstorableText(form === true), async (text) => {
          const before = await writtenRows();
          const answer = await run(as, () => call(text));
          expect(answer.ok).not.toBe(true);
          expect(answer.redirectedTo).toBeUndefined();
          expect(refusalTexts(answer)).toContain(ar.guardrails.unstorableText);
          expect(await writtenRows()).toBe(before);
        }),
        { numRuns: 8 },
      );
    },
  );

  it("form actions answer any mix of missing, unknown and hostile fields in Arabic", async () => {
    const formActions: [Role, (state: never, data: FormData) => Promise<unknown>][] = [
      ["reader", accountActions.updateProfileAction],
      ["reader", accountActions.setLandingAction],
      ["reader", accountActions.changePasswordAction],
      ["admin", userActions.createUserAction],
      ["admin", userActions.changeRoleAction],
      ["admin", userActions.setStatusAction],
      ["editor", editorActions.restoreRevisionAction],
      ["editor", editorActions.addCorrectionAction],
      ["editor", synonymActions.addSynonymsAction],
      ["editor", synonymActions.removeSynonymsAction],
      ["moderator", moderationActions.sanctionAction],
      ["moderator", moderationActions.liftSanctionAction],
      ["moderator", moderationActions.addWordAction],
      ["moderator", moderationActions.removeWordAction],
      ["moderator", moderationActions.saveSettingsAction],
      ["anonymous", loginActions.loginAction],
      ["anonymous", registerActions.registerAction],
      ["anonymous", commentActions.postCommentAction],
    ];
    const fieldNames = ["displayName", "email", "password", "landing", "userId", "role", "status", "articleId", "version", "baseVersion", "type", "note", "spellings", "id", "kind", "days", "reason", "sanctionId", "list", "word", "rateMax", "body", "formToken", "website"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...formActions), fc.dictionary(fc.constantFrom(...fieldNames), hostileText), async ([role, action], fields) => {
        expectCleanAnswer(await run(role, () => action({} as never, form(fields))));
      }),
      { numRuns: 150 },
    );
  });

  it("object-taking actions answer wrong types and missing fields in Arabic", async () => {
    const objectActions: [Role, (input: never) => Promise<unknown>][] = [
      ["writer", editorActions.createArticleAction],
      ["editor", (input) => editorActions.saveArticleAction(input, false)],
      ["editor", editorActions.transitionArticleAction],
      ["editor", editorActions.publicationPreviewAction],
      ["reader", commentActions.submitCommentAction],
      ["reader", commentActions.editCommentAction],
      ["reader", commentActions.deleteCommentAction],
      ["reader", commentActions.reportCommentAction],
      ["moderator", moderationActions.moderateAction],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...objectActions), fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true }), async ([role, action], input) => {
        expectCleanAnswer(await run(role, () => action(input as never)));
      }),
      { numRuns: 150 },
    );
  });
});

describe("a bot's comment", () => {
  const comment = (fields: Record<string, string>) =>
    run("reader", () => commentActions.submitCommentAction({ articleId: ids.articleId, body: "تعليق آلي", clientKey: crypto.randomUUID(), ...fields }));

  it("is refused when it makes up the form's issue time, as every bot did with `now - 60000`", async () => {
    const before = await writtenRows();
    expect(await comment({ formToken: String(Date.now() - 60_000) })).toMatchObject({ message: ar.comments.errors.trap });
    expect(await comment({})).toMatchObject({ message: ar.comments.errors.trap });
    expect(await writtenRows()).toBe(before);
  });

  it("is refused when it carries a genuine form to another story", async () => {
    expect(await comment({ formToken: formToken(crypto.randomUUID()) })).toMatchObject({ message: ar.comments.errors.trap });
  });

  it("is refused, with a request to reload, when the form is older than a day", async () => {
    expect(await comment({ formToken: formToken(ids.articleId, Date.now() - FORM_MAX_AGE_MS - 1_000) })).toMatchObject({
      message: ar.guardrails.commentFormExpired,
    });
  });

  it("is refused when one genuine form is replayed past what a person sends from a page", async () => {
    const token = formToken();
    const sent = [];
    for (let i = 0; i <= FORM_MAX_USES; i++) {
      sent.push(await run("anonymous", () => commentActions.submitCommentAction({ articleId: ids.articleId, body: "", formToken: token, clientKey: crypto.randomUUID() })));
    }
    expect(sent.slice(0, FORM_MAX_USES).map((answer) => answer.message)).not.toContain(ar.comments.errors.trap);
    expect(sent.at(-1)).toMatchObject({ message: ar.comments.errors.trap });
  });

  it("is taken from a person's form posted without script, whose hidden field holds the signed time", async () => {
    // The writer: the reader may have been suspended by the sanction cases above.
    const answer = await run("writer", () =>
      commentActions.postCommentAction({}, form({ articleId: ids.articleId!, parentId: "", body: "تعليق بلا جافاسكربت", formToken: formToken(), clientKey: crypto.randomUUID(), website: "" })),
    );
    expect(answer).toMatchObject({ ok: true });
  });
});

describe("hostile text typed into the search box", () => {
  it("is searched, suggested and corrected without an error, as the search page reads it", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (q, section, from) => {
        const params = parseSearchParams({ q, section, from, page: "1" });
        await expect(searchArticles(params.q, params, params.page, 10)).resolves.toMatchObject({ page: 1 });
        await expect(searchSuggestions(params.q, params)).resolves.toBeDefined();
        await expect(searchCorrection(params.q, params, 0)).resolves.not.toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
});

describe("anonymous callers", () => {
  it("signing out everywhere without a session sends the caller to sign in, not to an error", async () => {
    const answer = await run("anonymous", () => accountActions.signOutEverywhereAction());
    expect(answer.redirectedTo).toBe("/login?callbackUrl=/account");
  });

  const staffAndReaderCases = Object.keys(cases).filter((name) => cases[name]!.as !== "anonymous" && !["postComment", "setLanding", "changeRole"].includes(name));
  it.each(staffAndReaderCases)("%s refuses an anonymous caller in Arabic and writes nothing", async (name) => {
    const before = await writtenRows();
    const answer = await run("anonymous", () => cases[name]!.call("كلمة"));
    expect(answer.message).toBe(ar.auth.errors.notSignedIn);
    expect(await writtenRows()).toBe(before);
  });
});
