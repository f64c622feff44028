import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { rewriteForwardedHeaders, trustedProxiesFrom } from "./forwarded-headers.mjs";

const forged = () => ({
  host: "portail.example",
  "x-forwarded-for": "6.6.6.6, 7.7.7.7",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "ailleurs.example",
  "x-forwarded-port": "443",
});

describe("forwarding headers the production server trusts", () => {
  it("with no proxy in front, keeps only the socket's address and drops the rest", () => {
    const headers: IncomingHttpHeaders = forged();
    rewriteForwardedHeaders(headers, "192.0.2.5", 0);
    expect(headers).toEqual({ host: "portail.example", "x-forwarded-for": "192.0.2.5" });
  });

  it("behind N proxies, takes the Nth address from the right, counting the socket's", () => {
    const one: IncomingHttpHeaders = { ...forged(), "x-forwarded-proto": "http, https" };
    rewriteForwardedHeaders(one, "10.0.0.1", 1);
    expect(one).toMatchObject({ "x-forwarded-for": "7.7.7.7", "x-forwarded-proto": "https", "x-forwarded-host": "ailleurs.example" });
    const two: IncomingHttpHeaders = forged();
    rewriteForwardedHeaders(two, "10.0.0.1", 2);
    expect(two["x-forwarded-for"]).toBe("6.6.6.6");
    // Fewer hops than declared: the furthest one known.
    const direct: IncomingHttpHeaders = {};
    rewriteForwardedHeaders(direct, "10.0.0.1", 2);
    expect(direct["x-forwarded-for"]).toBe("10.0.0.1");
  });

  it("reads TRUST_PROXY as the configuration does", () => {
    expect(trustedProxiesFrom(undefined)).toBe(0);
    expect(trustedProxiesFrom(" 2 ")).toBe(2);
    expect(trustedProxiesFrom("beaucoup")).toBe(0);
  });

  it("rewrites a real server's requests before its own listener sees them", async () => {
    const { installForwardedHeaders } = await import("./forwarded-headers.mjs");
    installForwardedHeaders(0);
    const seen = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
      const server = createServer((request, response) => {
        resolve(request.headers);
        response.end();
        server.close();
      }).listen(0, "127.0.0.1", () => {
        const address = server.address();
        if (!address || typeof address === "string") return reject(new Error("pas d'adresse"));
        httpRequest({ port: address.port, host: "127.0.0.1", headers: forged() }).on("error", reject).end();
      });
    });
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-forwarded-proto"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
  });

  it("answers TRACE with 405 before the server's own listener", async () => {
    const { installForwardedHeaders } = await import("./forwarded-headers.mjs");
    installForwardedHeaders(0);
    let reached = false;
    const server = createServer((_request, response) => {
      reached = true;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (!address || typeof address === "string") throw new Error("pas d'adresse");
    const status = await new Promise<number>((resolve, reject) => {
      httpRequest({ port: address.port, host: "127.0.0.1", method: "TRACE" }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on("error", reject)
        .end();
    });
    server.close();
    expect(status).toBe(405);
    expect(reached).toBe(false);
  });
});
