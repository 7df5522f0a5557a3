import DataLoader from "dataloader";
import type { Database } from "./client";

/**
 * A lookup that concurrent requests share: the loads made in one turn of the event loop go to
 * the database as one query (`load` answers the keys in order). Nothing is cached between
 * turns, so every request still reads what is current. One loader per database.
 */
export function batchedPerTurn<K, V>(load: (db: Database, keys: readonly K[]) => Promise<V[]>) {
  const loaders = new WeakMap<Database, DataLoader<K, V>>();
  return (db: Database): DataLoader<K, V> => {
    let loader = loaders.get(db);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => load(db, keys), {
        cache: false,
        maxBatchSize: 100,
        batchScheduleFn: (run) => setImmediate(run),
      });
      loaders.set(db, loader);
    }
    return loader;
  };
}
