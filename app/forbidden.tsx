import { ForbiddenPage } from "@/components/layout/status-boundaries";

export default function Forbidden() {
  return <ForbiddenPage />;
}
