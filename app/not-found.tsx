import { StatusPage } from "@/components/ui/status-page";
import { ar } from "@/lib/i18n/ar";

export default function NotFound() {
  return <StatusPage code={404} title={ar.errors.notFoundTitle} body={ar.errors.notFoundBody} />;
}
