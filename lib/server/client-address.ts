import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

// Who is asking, for the per-address limits: the address that connected, unless it is a proxy
// this server was told to trust (TRUST_PROXY, proxy-addr's syntax), whose X-Forwarded-For is then
// read from the right, past every trusted hop. A client that reaches the server directly cannot
// choose its address by writing the header: its own address is not trusted, so the header is
// never read.

export type ProxyTrust = (address: string, hop: number) => boolean;

/** The trust setting as proxy-addr compiles it: addresses, subnets or the names loopback, linklocal, uniquelocal. */
export function compileProxyTrust(setting: string): ProxyTrust {
  return proxyaddr.compile(
    setting
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
}

export function clientAddress(request: IncomingMessage, trust: ProxyTrust): string {
  // proxy-addr reads the peer from the socket; a request whose socket is gone has none.
  if (!request.socket?.remoteAddress) return "unknown";
  return proxyaddr(request, trust);
}
