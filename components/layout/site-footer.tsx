import { ar } from "@/lib/i18n/ar";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p className="wordmark wordmark--small">{ar.site.name}</p>
      <p>{ar.site.footer}</p>
    </footer>
  );
}
