// The old addresses as proxy.ts answers them: the whole table (a few hundred paths) kept in
// memory and read again at most every `ttlMs`, so that a request pays no query of its own; one
// read is shared by the requests that arrive while it runs. A failed read keeps the last table:
// an old address may answer 404 for a while, a page never fails because of this.
// Made in instrumentation.ts, where the database client lives, and met on globalThis by the
// proxy, which Next.js bundles apart and which must not load Prisma.

/** Old path → slug of the posting it leads to. */
export type RedirectTable = ReadonlyMap<string, string>;

export type RedirectLookup = {
  /** The slug an old path leads to, or null. */
  target: (path: string) => Promise<string | null>;
  /** Reads the table again on the next request (after an import in this process). */
  forget: () => void;
};

export function createRedirectLookup(
  load: () => Promise<RedirectTable>,
  { ttlMs = 30_000, now = Date.now, onError }: { ttlMs?: number; now?: () => number; onError?: (error: unknown) => void } = {},
): RedirectLookup {
  let table: RedirectTable = new Map();
  let readAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<void> | undefined;

  const refresh = () => {
    pending ??= load()
      .then(
        (fresh) => {
          table = fresh;
        },
        (error) => onError?.(error),
      )
      .finally(() => {
        readAt = now();
        pending = undefined;
      });
    return pending;
  };

  return {
    target: async (path) => {
      if (now() - readAt >= ttlMs) await refresh();
      return table.get(path) ?? null;
    },
    forget: () => {
      readAt = Number.NEGATIVE_INFINITY;
    },
  };
}

const shared = globalThis as unknown as { rejoindreRedirectLookup?: RedirectLookup };

export function installRedirectLookup(lookup: RedirectLookup): void {
  shared.rejoindreRedirectLookup = lookup;
}

/** The running server's lookup; none in processes that did not install one (tests, scripts). */
export function installedRedirectLookup(): RedirectLookup | undefined {
  return shared.rejoindreRedirectLookup;
}
