// The cookies next-auth keeps the session in: the __Secure- one on HTTPS, the other on HTTP.
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
