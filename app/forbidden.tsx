import Link from "next/link";
import { ar } from "@/lib/i18n/ar";

export default function Forbidden() {
  return (
    <div className="status-page">
      <p className="status-page__code" aria-hidden="true">403</p>
      <h1>{ar.newsroom.forbiddenTitle}</h1>
      <p>{ar.newsroom.forbiddenBody}</p>
      <p>
        <Link href="/" className="button">
          {ar.errors.backHome}
        </Link>
      </p>
    </div>
  );
}
