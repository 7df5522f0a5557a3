import type { AddressForm } from "@/db/schema/enums";

// Arabic verbs and pronouns agree with the person they are about (يحرّر / تحرّر، معه / معها).
// A person says how they are spoken of; until they do, and for several people at once, the
// message is phrased so it fits anyone.

/** A person as messages speak of them. */
export type Person = { name: string; addressedAs: AddressForm | null };

export type Gendered<T> = Record<AddressForm, T>;

/** The message about `people`: agreeing with the one person, or the phrasing that fits anyone. */
export function aboutPeople(people: readonly Person[], one: Gendered<(name: string) => string>, anyone: (names: string) => string): string {
  const [person] = people;
  if (people.length === 1 && person!.addressedAs) return one[person!.addressedAs](person!.name);
  return anyone(people.map((each) => each.name).join("، "));
}
