import { request as httpRequest, Agent, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The suite's stand-in for the recommended front (nginx with
 * `proxy_set_header X-Forwarded-For $remote_addr`): it overwrites X-Forwarded-For, so whatever
 * a client writes there is dropped, and the app trusts the one entry the front sets.
 *
 * A browser on this machine always connects from 127.0.0.1, so a front stands for one client:
 * it listens on a loopback address of its own (anything in 127.0.0.0/8) and reports that
 * address as the client's. Readers that need an address of their own get a front of their own.
 */
export type Front = { origin: string; address: string; close: () => Promise<void> };

export async function startFront(target: string, address = "127.0.0.1", port = 0): Promise<Front> {
  const upstream = new URL(target);
  // A timeout makes Node's agent heed the app's `Keep-Alive: timeout=5` and drop an idle
  // connection a second before the app closes it; without one (Node 20) it keeps the connection
  // and may send a request down it just as the app closes it, which the reader sees as a 502.
  const agent = new Agent({ keepAlive: true, timeout: 60_000 });
  const server: Server = createServer((request, response) => {
    const headers = { ...request.headers, "x-forwarded-for": address };
    const proxied = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(response);
      },
    );
    // A reader who closes the page ends the app's response too (streams included).
    response.on("close", () => {
      if (!response.writableFinished) proxied.destroy();
    });
    proxied.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(proxied);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, address, resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    origin: `http://${address}:${bound}`,
    address,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
