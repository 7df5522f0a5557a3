// Arabic counts agree with their number: one helper for every count in the interface, on
// Intl.PluralRules("ar") (zero, one, two, few 3–10, many 11–99, other 100+ and 0 outside "zero").

export type PluralForms = Record<Intl.LDMLPluralRule, string>;
const arabicPlurals = new Intl.PluralRules("ar");

/**
 * "تعليق واحد", "تعليقان", "3 تعليقات", "11 تعليقًا", "100 تعليق": zero, one and two are words
 * of their own; from three on the number is written before the noun in its agreeing form.
 */
export function countPhrase(n: number, forms: PluralForms): string {
  const form = arabicPlurals.select(n);
  return form === "zero" || form === "one" || form === "two" ? forms[form] : `${n} ${forms[form]}`;
}

/** Counted nouns the interface uses in more than one message, in the accusative after a verb or "من". */
export const units = {
  minutes: { zero: "أقل من دقيقة", one: "دقيقة واحدة", two: "دقيقتين", few: "دقائق", many: "دقيقةً", other: "دقيقة" },
  characters: { zero: "0 حرف", one: "حرف واحد", two: "حرفين", few: "أحرف", many: "حرفًا", other: "حرف" },
  links: { zero: "لا روابط", one: "رابط واحد", two: "رابطان", few: "روابط", many: "رابطًا", other: "رابط" },
} satisfies Record<string, PluralForms>;

export const minutes = (n: number) => countPhrase(n, units.minutes);
export const characters = (n: number) => countPhrase(n, units.characters);
