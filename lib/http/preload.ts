import { fileURLToPath } from "node:url";

/** What `node --import` loads before the standalone server (lib/http/forwarded-headers.mjs). */
export const FORWARDED_HEADERS_PRELOAD = fileURLToPath(new URL("./forwarded-headers-preload.mjs", import.meta.url));
