import postgres from "postgres";

/**
 * LISTEN on a connection of its own (a pooled one may be handed to a transaction): postgres.js
 * reconnects it and listens again after the server restarts. Resolves once listening.
 */
export function listen(url: string, channel: string, onPayload: (payload: string) => void): Promise<unknown> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const listening = client.listen(channel, onPayload);
  listening.catch((error) => console.error(`LISTEN ${channel} failed`, error));
  return listening;
}
