import "server-only";
import { getOwnLanding } from "@/lib/dal/users";
import { getViewer } from "./session";

/**
 * Where the person signed in by this request lands when no page asked them back: read from the
 * session cookie the request has just set, so it is the account that signed in, as loaded now.
 */
export async function landingAfterSignIn(): Promise<string> {
  const viewer = await getViewer();
  return viewer ? (await getOwnLanding(viewer)).path : "/";
}
