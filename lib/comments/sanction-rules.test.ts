import { describe, expect, it } from "vitest";
import type { UserRole } from "@/db/schema/enums";
import { sanctionRefusal } from "./sanction-rules";

const person = (id: string, role: UserRole) => ({ id, email: `${id}@example.com`, displayName: id, role });

describe("sanctionRefusal", () => {
  it("lets a moderator sanction readers only", () => {
    const moderator = person("m", "moderator");
    expect(sanctionRefusal(moderator, person("r", "reader"))).toBeNull();
    for (const role of ["writer", "editor", "moderator"] as const) expect(sanctionRefusal(moderator, person("s", role))).toBe("staffNeedsAdmin");
  });

  it("lets an admin sanction staff, but not another admin", () => {
    const admin = person("a", "admin");
    expect(sanctionRefusal(admin, person("m", "moderator"))).toBeNull();
    expect(sanctionRefusal(admin, person("b", "admin"))).toBe("notAdmin");
  });

  it("never lets anyone act on themselves", () => {
    expect(sanctionRefusal(person("m", "moderator"), person("m", "moderator"))).toBe("notSelf");
    expect(sanctionRefusal(person("a", "admin"), person("a", "admin"))).toBe("notSelf");
  });
});
