import { UnauthorizedPage } from "@/components/layout/status-boundaries";

// Nothing calls unauthorized() (pages send visitors to sign in instead), but with authInterrupts
// every page's payload carries this boundary twice: Next's default is 1.3 KB of English.
export default function Unauthorized() {
  return <UnauthorizedPage />;
}
