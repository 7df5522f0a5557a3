import { parseNewsMlG2 } from "./newsml";
import { parseNinjs } from "./ninjs";
import { MAX_WIRE_FILE_BYTES, type WireParseResult } from "./wire-item";

// One agency file, from HTTP or a drop folder, to a WireItem or a reason for the ingest log.
// The format is read from the content: names and content types are often wrong on the wire.

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Text formats have no NUL byte; a file with one near its start is a picture or an archive. */
const BINARY_SNIFF_BYTES = 1_024;
const XML_ENCODING = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

type Decoded = { ok: true; text: string } | { ok: false; reason: "bad_encoding" | "unknown_format"; detail: string };

/** The encoding an XML declaration names (read as ASCII, which every candidate agrees on). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return XML_ENCODING.exec(head)?.[1];
}

const charsetOf = (contentType: string | undefined) => /;\s*charset\s*=\s*"?([A-Za-z0-9._:-]+)/i.exec(contentType ?? "")?.[1];

/** A byte-order mark wins, then the HTTP charset (JSON has no other place to say it), then the XML declaration. */
function decode(bytes: Uint8Array, contentType: string | undefined): Decoded {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, reason: "unknown_format", detail: "A binary file, not text" };
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  const label = (hasBom ? "utf-8" : (charsetOf(contentType) ?? declaredEncoding(body) ?? "utf-8")).toLowerCase();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { ok: false, reason: "bad_encoding", detail: `Unsupported encoding "${label}"` };
  }
  try {
    return { ok: true, text: decoder.decode(body) };
  } catch {
    return { ok: false, reason: "bad_encoding", detail: `Not valid ${decoder.encoding}` };
  }
}

export interface WireFileHint {
  /** The HTTP Content-Type, whose charset parameter is the only way a ninjs file can name its encoding. */
  contentType?: string;
}

export function parseWireFile(bytes: Uint8Array, hint: WireFileHint = {}): WireParseResult {
  if (bytes.byteLength > MAX_WIRE_FILE_BYTES) {
    return { ok: false, reason: "too_large", detail: `${bytes.byteLength} bytes; the limit is ${MAX_WIRE_FILE_BYTES}` };
  }
  const decoded = decode(bytes, hint.contentType);
  if (!decoded.ok) return decoded;
  const start = decoded.text.trimStart()[0];
  try {
    if (start === "{") return parseNinjs(decoded.text);
    if (start === "<") return parseNewsMlG2(decoded.text);
  } catch (error) {
    return { ok: false, reason: "malformed", detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: false, reason: "unknown_format", detail: start === undefined ? "An empty file" : "Neither ninjs (JSON) nor NewsML-G2 (XML)" };
}
