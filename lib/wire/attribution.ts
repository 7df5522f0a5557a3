/** "دمشق (ن ن)": where the story is from, and the agency that sent it. */
export function wireDateline(located: string, attribution: string): string {
  const credit = attribution ? `(${attribution})` : "";
  return [located.trim(), credit].filter(Boolean).join(" ");
}
