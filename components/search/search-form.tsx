import type { SectionDto } from "@/lib/dal/sections";
import { ar } from "@/lib/i18n/ar";
import type { SearchRequest } from "@/lib/validation/search";

/** The search page's form, with its section and date filters; a plain GET form like the masthead's. */
export function SearchForm({ request, sections }: { request: SearchRequest; sections: SectionDto[] }) {
  const filtered = Boolean(request.section || request.from || request.to);
  return (
    <form className="search-form" role="search" aria-label={ar.search.pageLandmark} action="/search" method="get">
      <div className="search-form__query">
        <label htmlFor="search-q" className="visually-hidden">
          {ar.search.label}
        </label>
        <input id="search-q" name="q" type="search" defaultValue={request.q} placeholder={ar.search.placeholder} maxLength={200} />
        <button type="submit" className="button">
          {ar.search.submit}
        </button>
      </div>
      <details className="search-form__filters" open={filtered}>
        <summary>{ar.search.filters}</summary>
        <div className="search-form__fields">
          <p>
            <label htmlFor="search-section">{ar.search.section}</label>
            <select id="search-section" name="section" defaultValue={request.section ?? ""}>
              <option value="">{ar.search.allSections}</option>
              {sections.map((section) => (
                <option key={section.slug} value={section.slug}>
                  {section.name}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="search-from">{ar.search.from}</label>
            <input id="search-from" name="from" type="date" defaultValue={request.from ?? ""} />
          </p>
          <p>
            <label htmlFor="search-to">{ar.search.to}</label>
            <input id="search-to" name="to" type="date" defaultValue={request.to ?? ""} />
          </p>
          <p>
            <button type="submit" className="button button--quiet">
              {ar.search.apply}
            </button>
          </p>
        </div>
      </details>
    </form>
  );
}
