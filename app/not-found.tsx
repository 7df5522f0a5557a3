import type { Metadata } from "next";
import { NotFoundPage } from "@/components/layout/status-boundaries";
import { notFoundMetadata } from "@/lib/seo";

export const metadata: Metadata = notFoundMetadata;

export default function NotFound() {
  return <NotFoundPage />;
}
