import type { NextConfig } from "next";
import { env } from "./lib/env";
import { frontPageRoute } from "./lib/routes";

// A static policy (no nonce) so public pages stay cacheable; Next's inline bootstrap needs 'unsafe-inline'.
// Images come only from /media, so no scheme sources (data:, blob:): besides, Next's router compiles
// a header value containing ":" as a path pattern on every request.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // No ETag on pages: Next makes one by hashing a page's whole HTML in JavaScript on every request,
  // about a tenth of the CPU it spends serving a kept page. The front never revalidates with the
  // app, so an ETag only spared a reader who reloads the page's bytes (about 9 KB gzipped).
  generateEtags: false,
  // Pages and data are kept by Khabar's own handler: in memory, and shared through Redis when
  // REDIS_URL is set (lib/cache/handler.mjs), so Next keeps no copy of its own.
  cacheHandler: require.resolve("./lib/cache/handler.mjs"),
  cacheMaxMemorySize: 0,
  distDir: env.NEXT_DIST_DIR,
  // Gzip costs the one Node thread about a millisecond per response. Behind a proxy or CDN that
  // compresses (the production setup, as Next's self-hosting guide advises), COMPRESSION=off.
  compress: env.COMPRESSION === "on",
  reactStrictMode: true,
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "drizzle-orm", "rate-limiter-flexible", "@node-rs/argon2", "sharp"],
  // Story saves carry the whole document as JSON; images go to /api/images, not through actions.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "2mb" } },
  async rewrites() {
    return { beforeFiles: [{ source: "/", destination: frontPageRoute }], afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
