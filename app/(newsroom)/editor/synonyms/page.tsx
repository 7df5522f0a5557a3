import type { Metadata } from "next";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { listSearchSynonyms } from "@/lib/dal/search-synonyms";
import { ar } from "@/lib/i18n/ar";
import { AddSynonymsForm, RemoveSynonymsButton } from "./synonym-forms";

const t = ar.newsroom.synonyms;

export const metadata: Metadata = { title: t.title, robots: { index: false } };

export default async function SynonymsPage() {
  const viewer = await requireCapabilityPage("search.synonyms", "/editor/synonyms");
  const groups = await listSearchSynonyms(viewer);
  return (
    <div className="desk-page desk-page--wide">
      <h1>{t.title}</h1>
      <p className="desk-page__intro">{t.intro}</p>
      <section className="panel" aria-labelledby="add-synonyms-heading">
        <h2 id="add-synonyms-heading">{t.add}</h2>
        <AddSynonymsForm />
      </section>
      <section className="panel" aria-labelledby="synonyms-heading">
        <h2 id="synonyms-heading">
          {t.groups} <span className="desk-tabs__count">{groups.length}</span>
        </h2>
        {groups.length === 0 ? (
          <p className="empty-state">{t.empty}</p>
        ) : (
          <ul className="word-chips">
            {groups.map((group) => {
              const label = group.spellings.join("، ");
              return (
                <li key={group.id}>
                  {group.spellings.map((spelling, index) => (
                    <span key={spelling}>
                      {index > 0 && " = "}
                      <bdi>{spelling}</bdi>
                    </span>
                  ))}
                  <RemoveSynonymsButton id={group.id} label={label} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
