// Database failures the portal answers differently from a bug, recognised on both backends
// through what Prisma's driver adapters keep of the engine's own error.

type AdapterCause = { originalCode?: unknown };

function adapterCause(error: unknown): AdapterCause | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } } | null)?.meta;
  return meta?.driverAdapterError?.cause;
}

/**
 * The database could not write for want of room: a full disk (SQLite's SQLITE_FULL, also what
 * its max_page_count cap raises; PostgreSQL's disk_full, 53100).
 */
export function isStorageFull(error: unknown): boolean {
  const code = adapterCause(error)?.originalCode;
  return code === "SQLITE_FULL" || code === "53100";
}
