// The types of handler.mjs, which Next loads as plain JavaScript.
export default class KhabarCacheHandler {
  constructor(ctx: { serverDistDir?: string });
  get(key: string, ctx: object): Promise<{ value: Record<string, unknown>; lastModified: number } | null>;
  set(key: string, data: object | null, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
