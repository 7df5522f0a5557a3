import { ar } from "@/lib/i18n/ar";

/** The masthead's search box: a plain GET form, so it works before (or without) JavaScript. */
export function SiteSearchForm() {
  return (
    <form className="site-search" role="search" aria-label={ar.search.landmark} action="/search" method="get">
      <label htmlFor="site-search-q" className="visually-hidden">
        {ar.search.label}
      </label>
      <input id="site-search-q" name="q" type="search" placeholder={ar.search.placeholder} maxLength={200} required />
      <button type="submit" className="button">
        {ar.search.submit}
      </button>
    </form>
  );
}
