// Arabic has two sets of names for the Gregorian months: the Levantine ones Syria, Lebanon,
// Jordan, Palestine and Iraq use (كانون الثاني), and the transliterated ones of Egypt and the
// Gulf (يناير) that Intl gives for "ar". A newsroom chooses one, or prints both as many Syrian
// outlets do ("كانون الثاني/يناير") so every Arab reader knows the month at a glance.

export const monthNameStyles = ["levantine", "both", "gregorian"] as const;
export type MonthNameStyle = (typeof monthNameStyles)[number];

export const LEVANTINE_MONTHS = [
  "كانون الثاني",
  "شباط",
  "آذار",
  "نيسان",
  "أيار",
  "حزيران",
  "تموز",
  "آب",
  "أيلول",
  "تشرين الأول",
  "تشرين الثاني",
  "كانون الأول",
] as const;

const gregorianName = new Intl.DateTimeFormat("ar", { month: "long", timeZone: "UTC" });
const GREGORIAN_MONTHS = LEVANTINE_MONTHS.map((_, month) => gregorianName.format(Date.UTC(2026, month, 15)));

/** The month as the newsroom prints it, from the name Intl gave for "ar". */
export function monthName(gregorian: string, style: MonthNameStyle): string {
  const month = GREGORIAN_MONTHS.indexOf(gregorian);
  if (month < 0 || style === "gregorian") return gregorian;
  return style === "levantine" ? LEVANTINE_MONTHS[month]! : `${LEVANTINE_MONTHS[month]}/${gregorian}`;
}

/** A date formatted by `format`, with its month named in the newsroom's style. */
export function formatWithMonthNames(format: Intl.DateTimeFormat, date: Date, style: MonthNameStyle): string {
  return format
    .formatToParts(date)
    .map((part) => (part.type === "month" ? monthName(part.value, style) : part.value))
    .join("");
}
