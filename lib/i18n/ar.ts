// Every user-facing string, for server code. Each area's strings live in their own module
// (site, account, newsroom, moderation, mail), and client components import only their area's, so a
// public page's client chunk carries only the site's.

import { ar as account } from "./account";
import { ar as mail } from "./mail";
import { ar as moderation } from "./moderation";
import { ar as newsroom } from "./newsroom";
import { ar as site } from "./site";

export const ar = { ...site, ...account, ...newsroom, ...moderation, ...mail } as const;
