import net from "node:net";

/**
 * A TCP relay to a PostgreSQL server that can fall silent, as a paused (SIGSTOP) or cut-off
 * server does: connections stay open, nothing comes back, until it resumes.
 */
export async function startPausableRelay(target: { host: string; port: number }) {
  let paused = false;
  const held: (() => void)[] = [];
  const relay = (from: net.Socket, to: net.Socket) =>
    from.on("data", (chunk) => (paused ? held.push(() => to.write(chunk)) : to.write(chunk)));
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => sockets.delete(socket));
    }
    relay(client, upstream);
    relay(upstream, client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    pause: () => void (paused = true),
    resume: () => {
      paused = false;
      for (const send of held.splice(0)) send();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
