import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ipFromHeaders } from "@/lib/request-ip";
import { loginSchema } from "@/lib/validation/auth";
import { logAuthError } from "./auth-log";
import { signInWithPassword } from "@/lib/dal/users";
import { resolveAuthSecret } from "./secret";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

/** Refused before any password was checked; `code` carries the minutes to wait. */
export class LoginRateLimited extends CredentialsSignin {
  constructor(retryAfterMinutes: number) {
    super();
    this.code = `rate_limited:${retryAfterMinutes}`;
  }
}

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

// A JWT session cookie that carries only the user id and session version, read directly by
// lib/auth/session.ts. Role and status are reloaded from the database on every check, so
// revocation is immediate. Configured lazily so that the build, which opens no secrets,
// never reads it.
export const { handlers, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: THIRTY_DAYS },
  pages: { signIn: "/login" },
  // A wrong password is answered on the form, not logged as a server error.
  logger: { error: logAuthError },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Every sign-in, from the login form or posted straight to /api/auth, passes the rate limits here.
      async authorize(credentials, request) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const attempt = await signInWithPassword({ ip: ipFromHeaders(request.headers), email, password });
        if (attempt.outcome === "limited") throw new LoginRateLimited(attempt.retryAfterMinutes);
        if (attempt.outcome === "wrong") return null;
        return { id: attempt.claims.userId, sessionVersion: attempt.claims.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) return { sub: user.id, sv: user.sessionVersion };
      return { sub: token.sub, sv: token.sv };
    },
  },
}));
