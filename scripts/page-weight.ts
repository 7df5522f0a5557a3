import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { slugify } from "@/lib/arabic/slugify";
import { articlePath } from "@/lib/routes";

// npm run bench:weight [baseUrl] [path]: how heavy a page's HTML is (the seed story on a running
// server by default), and where its inline RSC (flight) payload spends its bytes.
// Sizes are raw (uncompressed) UTF-8 bytes.

const [baseUrl = "http://localhost:3000", path = articlePath(slugify(seedArticle.headline))] = process.argv.slice(2);
const response = await fetch(new URL(path, baseUrl));
if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
const html = await response.text();

const bytes = (text: string) => Buffer.byteLength(text);
const inBytes = (n: number) => `${n.toLocaleString("en").padStart(7)} B`;

const pushes = [...html.matchAll(/<script>self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)];
const flight = pushes
  .map((push) => JSON.parse(push[1]!) as [number, string?])
  .flatMap(([kind, chunk]) => (kind === 1 && chunk ? [chunk] : []))
  .join("");

/** The payload's rows: `id:json\n`, or `id:T<hex byte length>,text` for a long string. */
function rows(payload: string) {
  const buffer = Buffer.from(payload);
  const found: { id: string; size: number; body: string }[] = [];
  for (let at = 0; at < buffer.length; ) {
    const colon = buffer.indexOf(":", at);
    if (colon < 0) break;
    const start = colon + 1;
    let end: number;
    if (buffer[start] === 0x54 /* T */) {
      const comma = buffer.indexOf(",", start);
      end = comma + 1 + parseInt(buffer.subarray(start + 1, comma).toString(), 16);
    } else {
      const newline = buffer.indexOf("\n", start);
      end = newline < 0 ? buffer.length : newline + 1;
    }
    found.push({ id: buffer.subarray(at, colon).toString(), size: end - at, body: buffer.subarray(start, end).toString() });
    at = end;
  }
  return found;
}

/** A reader's name for a row: what it draws, from its first element's tag (or client component) and class. */
function label({ id, body }: { id: string; body: string }, clientNames: Map<string, string>) {
  if (id === "0") return "route tree (root layout, its boundaries)";
  if (body.startsWith("T")) return body.includes("schema.org") ? "JSON-LD (text)" : "text";
  if (body.startsWith('[["$","title"')) return "metadata tags";
  if (body.startsWith('[["children"')) return `segment ${/"s":(\{"n":)?"([^"]+)"/.exec(body)?.[2] ?? ""}`;
  const element = /\["\$","([^"]+)",[^,]*,\{(?:"className":"([^"]+)")?/.exec(body);
  if (!element) return body.slice(0, 40);
  const tag = element[1]!.startsWith("$L") ? (clientNames.get(element[1]!.slice(2)) ?? element[1]) : element[1];
  return `<${tag}${element[2] ? ` class="${element[2]}"` : ""}>`;
}

/** Client component references (`id:I[module,chunks,"Name"]`) by id, the name resolved when it is itself a row. */
function clientComponentNames(all: { id: string; body: string }[]) {
  const strings = new Map(all.filter((row) => row.body.startsWith('"')).map((row) => [row.id, JSON.parse(row.body) as string]));
  const names = new Map<string, string>();
  for (const row of all.filter((each) => each.body.startsWith("I["))) {
    const name = (JSON.parse(row.body.slice(1)) as unknown[])[2] as string;
    names.set(row.id, name.startsWith("$") ? (strings.get(name.slice(1)) ?? name) : name);
  }
  return names;
}

/** Bytes the payload spends on the 404/403/401 boundaries that layouts carry for the router. */
function boundaryBytes(payload: string) {
  let total = 0;
  const visit = (value: unknown): void => {
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (["notFound", "forbidden", "unauthorized"].includes(key) && child !== "$undefined") total += bytes(JSON.stringify(child));
      else visit(child);
    }
  };
  for (const row of rows(payload).filter((each) => /^[[{]/.test(each.body))) visit(JSON.parse(row.body));
  return total;
}

const flightScripts = pushes.reduce((sum, push) => sum + bytes(push[0]), 0);
const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">.*?<\/script>/gs)].reduce((sum, match) => sum + bytes(match[0]), 0);
const percentEncoded = (html.match(/%[0-9A-F]{2}/gi)?.length ?? 0) * 3;

console.log(`${decodeURIComponent(path)}\n`);
console.log(`${inBytes(bytes(html))}  HTML in all`);
console.log(`${inBytes(flightScripts)}  inline flight scripts (the payload, escaped into <script> tags)`);
console.log(`${inBytes(bytes(html) - flightScripts)}  the rest of the HTML, of which:`);
console.log(`${inBytes(jsonLd)}    JSON-LD`);
console.log(`${inBytes(percentEncoded)}  percent-encoded bytes in the whole page (%XX, 3 bytes each)`);
console.log(`\n${inBytes(bytes(flight))}  flight payload, decoded; its biggest rows:`);
const flightRows = rows(flight);
const clientNames = clientComponentNames(flightRows);
const byId = new Map(flightRows.map((row) => [row.id, row]));

/** A row with the element and text rows it refers to (`"$L2a"`, `"$2a"`), which React may split a tree into. */
function withReferences(row: { id: string; size: number; body: string }, seen = new Set<string>()): number {
  if (seen.has(row.id)) return 0;
  seen.add(row.id);
  let total = row.size;
  for (const [, id] of row.body.matchAll(/"\$L?([0-9a-f]+)"/g)) {
    const child = byId.get(id!);
    if (child && /^[[{T]/.test(child.body)) total += withReferences(child, seen);
  }
  return total;
}

console.log("                (own size; with the rows it refers to)");
for (const row of [...flightRows].sort((a, b) => b.size - a.size).slice(0, 12)) {
  console.log(`${inBytes(row.size)} ${inBytes(withReferences(row))}    ${row.id.padEnd(3)} ${label(row, clientNames)}`);
}
console.log(`${inBytes(boundaryBytes(flight))}  404/403/401 boundaries that layouts carry, across rows`);
