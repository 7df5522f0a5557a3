import postgres from "postgres";

/**
 * LISTEN on a connection of its own (a pooled one may be handed to a transaction): postgres.js
 * reconnects it and listens again after the server restarts.
 */
export function listen(url: string, channel: string, onPayload: (payload: string) => void): void {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  client.listen(channel, onPayload).catch((error) => console.error(`LISTEN ${channel} failed`, error));
}
