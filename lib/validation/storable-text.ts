import { z } from "zod";
import { ar } from "@/lib/i18n/ar";

// PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate has no UTF-8 form (the driver
// would silently store U+FFFD). Either is refused at the boundary, before anything is written.

export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && text.isWellFormed();
}

type Visit = { value: unknown; key?: string | number; parent?: Visit };

function pathTo(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}

/** The path of the first string anywhere in the input that could not be stored, or null. */
export function unstorablePath(input: unknown): (string | number)[] | null {
  // Iterative, with parent links instead of copied paths, so a deeply nested request costs
  // neither the stack nor quadratic time.
  const pending: Visit[] = [{ value: input }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const { value } = visit;
    if (typeof value === "string") {
      if (!isStorableText(value)) return pathTo(visit);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, key: index, parent: visit }));
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (!isStorableText(key)) return pathTo(visit);
        pending.push({ value: item, key, parent: visit });
      }
    }
  }
  return null;
}

/** The schema, behind a check that refuses unstorable text with the field it was found in. */
export function storable<Schema extends z.ZodType>(schema: Schema) {
  return z
    .unknown()
    .superRefine((input, context) => {
      const path = unstorablePath(input);
      if (path) context.addIssue({ code: "custom", path, message: ar.guardrails.unstorableText });
    })
    .pipe(schema);
}
