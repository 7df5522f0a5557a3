import type { UserRole } from "@/db/schema/enums";
import { can, type SignedInViewer } from "@/lib/permissions/viewer";

export type SanctionRefusal = "notSelf" | "notAdmin" | "staffNeedsAdmin";

/**
 * Why `viewer` may not sanction `target`, nor lift a sanction on them, or null if they may:
 * never yourself, never an admin, and members of the newsroom's staff only by an admin.
 */
export function sanctionRefusal(viewer: SignedInViewer, target: { id: string; role: UserRole }): SanctionRefusal | null {
  if (target.id === viewer.id) return "notSelf";
  if (target.role === "admin") return "notAdmin";
  if (target.role !== "reader" && !can(viewer, "user.manage")) return "staffNeedsAdmin";
  return null;
}
