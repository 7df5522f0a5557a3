import { StatusPage } from "@/components/ui/status-page";
import { ar } from "@/lib/i18n/ar";

export default function Forbidden() {
  return <StatusPage code={403} title={ar.newsroom.forbiddenTitle} body={ar.newsroom.forbiddenBody} />;
}
