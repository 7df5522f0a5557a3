import type { UserRole } from "@/db/schema/enums";
import { AuthorizationError } from "@/lib/errors";
import { roleCan, type Capability } from "./permissions";

/** The signed-in person making the request, as loaded from the database, or null. */
export type Viewer = {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
} | null;

export type SignedInViewer = NonNullable<Viewer>;

export function can(viewer: Viewer, capability: Capability): viewer is SignedInViewer {
  return viewer !== null && roleCan(viewer.role, capability);
}

/** The guard every data-access function runs before it reads or writes. */
export function assertCan(viewer: Viewer, capability: Capability): asserts viewer is SignedInViewer {
  if (viewer === null) throw new AuthorizationError("unauthenticated");
  if (!roleCan(viewer.role, capability)) throw new AuthorizationError("forbidden");
}

export function assertSignedIn(viewer: Viewer): asserts viewer is SignedInViewer {
  if (viewer === null) throw new AuthorizationError("unauthenticated");
}
