import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "@fontsource/noto-kufi-arabic/500.css";
import "@fontsource/noto-kufi-arabic/700.css";
import "./latin-fonts.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLinks } from "@/components/layout/skip-links";
import { env } from "@/lib/env";
import { ar } from "@/lib/i18n/ar";
import { alternatesFor, openGraphFor } from "@/lib/seo";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: `${ar.site.name}: ${ar.site.tagline}`, template: `%s | ${ar.site.name}` },
  description: ar.site.description,
  alternates: alternatesFor(null),
  openGraph: openGraphFor({ title: `${ar.site.name}: ${ar.site.tagline}`, description: ar.site.description, url: "/" }),
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#15171a" },
  ],
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <SkipLinks />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
