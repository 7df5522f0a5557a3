import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Capability } from "@/lib/permissions/permissions";
import { getViewer } from "./session";
import { can, type SignedInViewer } from "@/lib/permissions/viewer";

function loginRedirect(returnPath: string): never {
  redirect(`/login?callbackUrl=${encodeURIComponent(returnPath)}`);
}

/** For pages: the signed-in viewer, or a trip to the login page that comes back here. */
export async function requireSignedInPage(returnPath: string): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (!viewer) loginRedirect(returnPath);
  return viewer;
}

/** For staff pages: the viewer if they hold the capability; anonymous visitors sign in, others get 403. */
export async function requireCapabilityPage(capability: Capability, returnPath: string): Promise<SignedInViewer> {
  const viewer = await requireSignedInPage(returnPath);
  if (!can(viewer, capability)) forbidden();
  return viewer;
}
