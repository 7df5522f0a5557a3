// Typed failures the app expects. Their messages are safe to show; database details are
// logged where they happen and never travel in these errors.

export type AuthorizationFailure = "unauthenticated" | "forbidden";

export class AuthorizationError extends Error {
  constructor(readonly reason: AuthorizationFailure) {
    super(reason === "unauthenticated" ? "Not signed in" : "Not allowed");
    this.name = "AuthorizationError";
  }
}

/** An expected, user-facing refusal (a rule of the domain, not a bug); `field` names the input it is about, if one. */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly userMessage: string,
    readonly field?: string,
  ) {
    super(code);
    this.name = "DomainError";
  }
}
