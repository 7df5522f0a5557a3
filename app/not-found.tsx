import Link from "next/link";
import { ar } from "@/lib/i18n/ar";

export default function NotFound() {
  return (
    <div className="status-page">
      <p className="status-page__code" aria-hidden="true">404</p>
      <h1>{ar.errors.notFoundTitle}</h1>
      <p>{ar.errors.notFoundBody}</p>
      <p>
        <Link href="/" className="button">
          {ar.errors.backHome}
        </Link>
      </p>
    </div>
  );
}
