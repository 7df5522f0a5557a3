import net from "node:net";

// A server that stops answering without closing the connection (paused, partitioned) leaves a
// query waiting for minutes: TCP sees nothing wrong. Each pooled connection is therefore watched:
// from the moment a query is written, the server must send something back within the deadline,
// or the socket is closed: postgres.js fails the connection's queries with CONNECTION_CLOSED and
// opens a fresh connection for the next one. (Closed without an error on purpose: after an error
// postgres.js would keep the connection for a query sent before the close, and lose it.) Watching stops when the server reports it is ready
// for the next query; over TLS that message cannot be seen, so an idle connection is simply
// closed after the deadline and reopened when needed.

/** The ReadyForQuery message ('Z', length 5, status) that ends every reply. */
function endsReply(chunk: Buffer): boolean {
  const at = chunk.length - 6;
  return at >= 0 && chunk[at] === 0x5a && chunk.readInt32BE(at + 1) === 5;
}

type SocketOptions = { host: string[]; port: number[]; path?: string };

/**
 * A `socket` factory for postgres.js. The socket is handed over still connecting (writes wait
 * for the connection), so postgres.js keeps its own connect timeout, errors and reconnection.
 */
export function watchedSocket(deadlineMs: number) {
  return (options: SocketOptions) => {
    const socket = options.path ? net.connect(options.path) : net.connect(options.port[0]!, options.host[0]!);
    watch(socket, deadlineMs);
    return socket;
  };
}

function watch(socket: net.Socket, deadlineMs: number) {
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  socket.write = ((...args: unknown[]) => {
    socket.setTimeout(deadlineMs);
    return write(...args);
  }) as typeof socket.write;
  socket.on("data", (chunk: Buffer) => socket.setTimeout(endsReply(chunk) ? 0 : deadlineMs));
  socket.on("timeout", () => {
    console.error(`The database sent nothing back for ${deadlineMs} ms: closing the connection.`);
    socket.destroy();
  });
}
