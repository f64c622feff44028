// Whether the database answers, as every request asks it in proxy.ts before reaching a page.
// One probe (a trivial query, bounded in time) is shared by all the requests that arrive while
// it runs, and its answer is reused for a second: a database outage costs each visitor at most
// the probe's timeout, never the connection or statement timeouts of a real page's queries, and
// service resumes on the first probe that succeeds once the database is back.

export type DatabaseProbe = () => Promise<unknown>;
export type GateTransition = { reachable: boolean; error?: unknown };

export interface GateOptions {
  /** How long an answer is reused, in ms. */
  ttlMs?: number;
  /** How long a probe may take before the database counts as unreachable, in ms. */
  timeoutMs?: number;
  /** Told when the database becomes unreachable, and when it answers again. */
  onChange?: (transition: GateTransition) => void;
  now?: () => number;
}

export type DatabaseGate = () => Promise<boolean>;

export const PROBE_TIMEOUT_MESSAGE = "la base de données n'a pas répondu à temps";

export function createDatabaseGate(probe: DatabaseProbe, options: GateOptions = {}): DatabaseGate {
  const { ttlMs = 1000, timeoutMs = 2000, onChange, now = Date.now } = options;
  let known: { reachable: boolean; at: number } | undefined;
  let pending: Promise<boolean> | undefined;

  const check = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(PROBE_TIMEOUT_MESSAGE)), timeoutMs);
      timer.unref?.();
    });
    let reachable: boolean;
    let failure: unknown;
    try {
      await Promise.race([probe(), timeout]);
      reachable = true;
    } catch (error) {
      reachable = false;
      failure = error;
    } finally {
      clearTimeout(timer);
    }
    // The first answer is a change only when it is bad: a server starting healthy says nothing.
    if ((known?.reachable ?? true) !== reachable) onChange?.({ reachable, error: failure });
    known = { reachable, at: now() };
    return reachable;
  };

  return () => {
    if (known && now() - known.at < ttlMs) return Promise.resolve(known.reachable);
    pending ??= check().finally(() => (pending = undefined));
    return pending;
  };
}

// The gate is made where the database client lives (instrumentation.ts) and read by proxy.ts,
// which Next.js bundles apart: they meet on globalThis, so the proxy never loads Prisma.
const shared = globalThis as unknown as { rejoindreDatabaseGate?: DatabaseGate };

export function installDatabaseGate(gate: DatabaseGate): void {
  shared.rejoindreDatabaseGate = gate;
}

/** The running server's gate; none in processes that did not install one (tests, scripts). */
export function installedDatabaseGate(): DatabaseGate | undefined {
  return shared.rejoindreDatabaseGate;
}
