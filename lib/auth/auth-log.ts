/**
 * next-auth's error logger, minus the expected: a wrong password or a rate-limited attempt is a
 * CredentialsSignin (next-auth marks every such error with that `type`), answered on the form
 * and counted by the login guard, not a server fault. Anything else is logged as next-auth
 * would, with its cause.
 */
export function logAuthError(error: Error & { type?: string }): void {
  if (error.type === "CredentialsSignin") return;
  const cause = error.cause as { err?: unknown } | undefined;
  console.error(`[auth][error] ${error.type ?? error.name}: ${error.message}`);
  if (cause?.err instanceof Error) console.error("[auth][cause]:", cause.err.stack);
  else if (error.stack) console.error(error.stack);
}
