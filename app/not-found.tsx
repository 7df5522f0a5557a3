import type { Metadata } from "next";
import { NotFoundPage } from "@/components/layout/not-found-page";
import { notFoundMetadata } from "@/lib/seo";

export const metadata: Metadata = notFoundMetadata;

export default function NotFound() {
  return <NotFoundPage />;
}
