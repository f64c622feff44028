import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { createLogger, logFailedRequest } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

describe("structured logs", () => {
  it("writes a failed request as one JSON line with its request id, route and stack", () => {
    const { lines, stream } = capture();
    const error = Object.assign(new Error('relation "Posting" does not exist'), { digest: "12345" });
    logFailedRequest(
      createLogger("info", stream),
      error,
      { method: "GET", headers: { "x-request-id": "req-42" } },
      { routerKind: "App Router", routePath: "/candidature/retrait/[token]", routeType: "render" },
    );
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: "error",
      service: "rejoindre",
      requestId: "req-42",
      method: "GET",
      route: "/candidature/retrait/[token]",
      routeType: "render",
      digest: "12345",
      msg: "requête en échec",
    });
    expect(entry.err.message).toContain("Posting");
    expect(entry.err.stack).toContain("logger.test.ts");
    expect(new Date(entry.time).toISOString()).toBe(entry.time);
  });

  it("writes nothing below its level", () => {
    const { lines, stream } = capture();
    const logger = createLogger("warn", stream);
    logger.info("ignored");
    logger.warn("kept");
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(["kept"]);
  });
});

describe("errors caught by server actions", () => {
  it("are logged as JSON, without a request id outside a request", async () => {
    const { log } = await import("./logger");
    const { logUnexpected } = await import("./unexpected");
    const written: unknown[] = [];
    const spy = vi.spyOn(log(), "error").mockImplementation(((entry: unknown) => void written.push(entry)) as never);
    await logUnexpected(new Error("panne"), "admin : l'import a échoué");
    spy.mockRestore();
    expect(written).toEqual([{ err: expect.objectContaining({ message: "panne" }), requestId: undefined }]);
  });
});
