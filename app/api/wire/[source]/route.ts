import proxyAddr from "proxy-addr";
import { authenticateWireSource, ingestWireFile, logWireRejection } from "@/lib/dal/wire-ingest";
import { isDatabaseUnavailable } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { ipFromHeaders } from "@/lib/request-ip";
import { unavailableResponse } from "@/lib/unavailable-response";
import { readBodyWithin } from "@/lib/request-body";
import { MAX_WIRE_FILE_BYTES } from "@/lib/wire/wire-item";

// An agency's endpoint: POST one NewsML-G2 or ninjs item with `Authorization: Bearer <key>`.
// Answers 201 for a new item or version, 200 for one already held, 422 with the reason for a
// refused file (logged for the desk), 401/403 for a wrong key or address, 413 past the size limit.

const answer = (status: number, body: Record<string, string>) => Response.json(body, { status });
const SLUG = /^[a-z0-9-]{1,40}$/;

export async function POST(request: Request, { params }: RouteContext<"/api/wire/[source]">) {
  const { source: slug } = await params;
  const key = /^Bearer (\S{16,200})$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!SLUG.test(slug) || !key) return answer(401, { error: "unauthorized", message: ar.wire.api.unauthorized });
  try {
    const source = await authenticateWireSource(slug, key);
    if (!source) return answer(401, { error: "unauthorized", message: ar.wire.api.unauthorized });
    if (source.allowedIps.length > 0 && !proxyAddr.compile(source.allowedIps)(ipFromHeaders(request.headers), 0)) {
      return answer(403, { error: "forbidden_address", message: ar.wire.api.forbiddenAddress });
    }
    const fileName = (request.headers.get("x-wire-file-name") ?? "").slice(0, 200);
    const bytes = await readBodyWithin(request, MAX_WIRE_FILE_BYTES);
    if (!bytes) {
      await logWireRejection(source.id, "http", fileName, "too_large", `over ${MAX_WIRE_FILE_BYTES} bytes`);
      return answer(413, { error: "too_large", message: ar.wire.api.tooLarge(MAX_WIRE_FILE_BYTES / 1024 / 1024) });
    }
    const { outcome, detail } = await ingestWireFile(source, bytes, { channel: "http", fileName, contentType: request.headers.get("content-type") ?? undefined });
    if (outcome === "rejected") return answer(422, { outcome, error: detail ?? "", message: ar.wire.api.rejected });
    return answer(outcome === "new" || outcome === "updated" ? 201 : 200, { outcome });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailableResponse();
    throw error;
  }
}
