import type { Metadata } from "next";
import { DeskNav } from "@/components/moderation/desk-nav";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { listModerationWords } from "@/lib/dal/comment-settings";
import { ar } from "@/lib/i18n/ar";
import { AddWordForm, RemoveWordButton } from "./word-forms";

const t = ar.moderationDesk.words;

export const metadata: Metadata = { title: t.title, robots: { index: false } };

export default async function WordsPage() {
  const viewer = await requireCapabilityPage("wordlist.manage", "/moderation/words");
  const words = await listModerationWords(viewer);
  const lists = [
    { list: "banned" as const, title: t.banned },
    { list: "suspect" as const, title: t.suspect },
    { list: "exception" as const, title: t.exception },
  ];
  return (
    <div className="desk-page desk-page--wide">
      <h1>{t.title}</h1>
      <DeskNav current="words" viewer={viewer} />
      <p className="desk-page__intro">{t.intro}</p>
      <section className="panel" aria-labelledby="add-word-heading">
        <h2 id="add-word-heading">{t.add}</h2>
        <AddWordForm />
      </section>
      <div className="word-lists">
        {lists.map(({ list, title }) => {
          const entries = words.filter((word) => word.list === list);
          return (
            <section key={list} className="panel" aria-labelledby={`${list}-heading`}>
              <h2 id={`${list}-heading`}>
                {title} <span className="desk-tabs__count">{entries.length}</span>
              </h2>
              {entries.length === 0 ? (
                <p className="empty-state">{t.empty}</p>
              ) : (
                <ul className="word-chips">
                  {entries.map((entry) => (
                    <li key={entry.id}>
                      <bdi>{entry.word}</bdi>
                      {!entry.clitics && <span className="word-chips__note"> ({t.wholeOnly})</span>}
                      <RemoveWordButton id={entry.id} word={entry.word} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
