import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { build, stop } from "esbuild";

// `npm start`: Next's production server (as `next start` runs it) inside a plain Node server, so
// that Khabar sees each connection before Next reads a byte: the client's address and load
// shedding (lib/server/guard-requests.ts).
//
// Plain JavaScript: Khabar's guards are TypeScript, bundled in memory by esbuild once per start.
// A TypeScript loader (tsx) would run Node's module hooks on a thread of their own for the life of
// the server, about 90 MB more.

Object.assign(process.env, { NODE_ENV: "production" });
// Listening on $HOSTNAME and $PORT as `next start -H -p` would (lib/env.ts validates both with the rest).
const hostname = process.env.HOSTNAME || undefined;
const port = Number(process.env.PORT || 3000);
const { default: next } = await import("next");
// Next is told "localhost" whatever address the server listens on: it gives proxy.ts URLs on
// localhost, and a rewrite whose origin differs from the one it gives its router is proxied to
// itself over HTTP, about 2 ms a request.
const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const guards = await build({
  entryPoints: [fileURLToPath(new URL("../lib/server/guard-requests.ts", import.meta.url))],
  bundle: true,
  platform: "node",
  format: "esm",
  write: false,
  logLevel: "error",
});
await stop();
const { guardRequests } = await import(`data:text/javascript;base64,${Buffer.from(guards.outputFiles[0].text).toString("base64")}`);

const server = createServer(guardRequests((request, response) => handle(request, response)));
server.listen(port, hostname, () => console.log(`Khabar ready on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    process.exit(0);
  });
}
