import { IntentLink } from "@/components/ui/intent-link";
import { SiteSearchForm } from "@/components/search/site-search-form";
import { AccountMenu } from "./account-menu";
import { NavLink } from "./nav-link";
import { listSections } from "@/lib/cache/reads";
import { isBuildPhase } from "@/lib/env";
import { ar } from "@/lib/i18n/ar";
import { sectionPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";

async function sectionsForNavigation() {
  // The build opens no database: the prerendered 404 shell gets the masthead alone
  // and picks up the sections when it revalidates.
  if (isBuildPhase) return [];
  try {
    return await listSections();
  } catch (error) {
    // The masthead still renders while the database is away; the page itself reports the outage.
    console.error("Could not load sections for the navigation", error);
    return [];
  }
}

/**
 * The masthead. On a phone the sections and the search fold into a <details> under one button,
 * which opens without JavaScript; on a wide screen the fold is always open and its button hidden
 * (globals.css), so the same links serve both.
 */
export async function SiteHeader() {
  const sections = await sectionsForNavigation();
  return (
    <header className="site-header">
      <div className="site-header__masthead">
        <IntentLink href="/" className="wordmark" aria-label={`${ar.site.name}: ${ar.site.home}`}>
          {ar.site.name}
        </IntentLink>
        <p className="site-header__tagline">{ar.site.tagline}</p>
        <AccountMenu />
        <details className="site-header__fold">
          <summary className="site-header__toggle">
            <span className="site-header__toggle-icon" aria-hidden="true" />
            <span className="visually-hidden">{ar.site.menu}</span>
          </summary>
          <div className="site-header__folded">
            <nav aria-label={ar.site.mainNavigation} className="section-nav">
              <ul>
                <li>
                  <NavLink href="/">{ar.site.home}</NavLink>
                </li>
                {sections.map((section) => (
                  <li key={section.slug}>
                    <NavLink href={linkPath(sectionPath(section.slug))}>{section.name}</NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <SiteSearchForm />
          </div>
        </details>
      </div>
    </header>
  );
}
