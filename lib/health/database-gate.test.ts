import { describe, expect, it } from "vitest";
import { createDatabaseGate, PROBE_TIMEOUT_MESSAGE, type GateTransition } from "./database-gate";

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("createDatabaseGate", () => {
  it("asks the database once for all the requests that arrive together, and reuses the answer for ttlMs", async () => {
    let probes = 0;
    const time = clock();
    const gate = createDatabaseGate(async () => void probes++, { ttlMs: 1000, now: time.now });
    expect(await Promise.all([gate(), gate(), gate()])).toEqual([true, true, true]);
    expect(probes).toBe(1);
    time.advance(999);
    expect(await gate()).toBe(true);
    expect(probes).toBe(1);
    time.advance(1);
    expect(await gate()).toBe(true);
    expect(probes).toBe(2);
  });

  it("says unreachable when the probe fails, and reachable again at the first probe that succeeds after the ttl", async () => {
    let down = true;
    const time = clock();
    const transitions: GateTransition[] = [];
    const gate = createDatabaseGate(
      async () => {
        if (down) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      },
      { ttlMs: 1000, now: time.now, onChange: (t) => transitions.push(t) },
    );
    expect(await gate()).toBe(false);
    down = false;
    expect(await gate()).toBe(false); // still within the ttl of the bad answer
    time.advance(1000);
    expect(await gate()).toBe(true);
    expect(transitions.map((t) => t.reachable)).toEqual([false, true]);
    expect(String((transitions[0]!.error as Error).message)).toMatch(/ECONNREFUSED/);
  });

  it("gives up on a probe that hangs after timeoutMs, so that a request waits no longer than that", async () => {
    const transitions: GateTransition[] = [];
    const gate = createDatabaseGate(() => new Promise(() => undefined), { timeoutMs: 50, onChange: (t) => transitions.push(t) });
    const started = Date.now();
    expect(await gate()).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((transitions[0]!.error as Error).message).toBe(PROBE_TIMEOUT_MESSAGE);
  });

  it("says nothing when the database answers from the start", async () => {
    const transitions: GateTransition[] = [];
    const gate = createDatabaseGate(async () => undefined, { onChange: (t) => transitions.push(t) });
    expect(await gate()).toBe(true);
    expect(transitions).toEqual([]);
  });
});
