import Link from "next/link";
import type { WireFilterOptions } from "@/lib/dal/wire-desk";
import { ar } from "@/lib/i18n/ar";
import { WIRE_HOURS, type WireQueueFilters } from "@/lib/validation/wire";

const t = ar.wire.filters;

function Choice({ id, label, name, value, any, options }: { id: string; label: string; name: string; value?: string; any: string; options: { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The queue's filters: a plain GET form, so it works before (and without) JavaScript. */
export function WireFilters({ filters, options }: { filters: WireQueueFilters; options: WireFilterOptions }) {
  const filtered = Boolean(filters.agency || filters.urgency || filters.language || filters.subject || filters.hours);
  return (
    <form action="/editor/wire" className="wire-filters" aria-label={t.legend}>
      <Choice id="wire-agency" label={t.agency} name="agency" value={filters.agency} any={t.anyAgency} options={options.agencies.map((agency) => ({ value: agency.slug, label: agency.name }))} />
      <Choice id="wire-urgency" label={t.urgency} name="urgency" value={filters.urgency} any={t.anyUrgency} options={[{ value: "urgent", label: t.urgentOnly }]} />
      <Choice
        id="wire-language"
        label={t.language}
        name="language"
        value={filters.language}
        any={t.anyLanguage}
        options={options.languages.map((language) => ({ value: language, label: ar.wire.languages[language] ?? language }))}
      />
      <Choice id="wire-subject" label={t.subject} name="subject" value={filters.subject} any={t.anySubject} options={options.subjects.map((subject) => ({ value: subject, label: subject }))} />
      <Choice id="wire-hours" label={t.time} name="hours" value={filters.hours?.toString()} any={t.anyTime} options={WIRE_HOURS.map((hours) => ({ value: String(hours), label: t.hours(hours) }))} />
      <div className="wire-filters__buttons">
        <button type="submit" className="button button--quiet">
          {t.apply}
        </button>
        {filtered && <Link href="/editor/wire">{t.clear}</Link>}
      </div>
    </form>
  );
}
