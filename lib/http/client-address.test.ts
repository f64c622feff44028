import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const headers = (forwardedFor?: string) => new Headers(forwardedFor ? { "x-forwarded-for": forwardedFor } : {});

describe("client address", () => {
  it("reads the one address the server's forwarding preload wrote", () => {
    expect(clientAddress(headers("203.0.113.7"))).toBe("203.0.113.7");
    expect(clientAddress(headers("::ffff:127.0.0.1"))).toBe("127.0.0.1");
    expect(clientAddress(headers("1.1.1.1, 203.0.113.7"))).toBe("203.0.113.7");
  });

  it("keys IPv6 clients by their /64 network", () => {
    expect(clientAddress(headers("2001:db8:abcd:12:1::5"))).toBe("2001:db8:abcd:12::/64");
    expect(clientAddress(headers("2001:db8:abcd:12:ffff:1:2:3"))).toBe("2001:db8:abcd:12::/64");
    expect(clientAddress(headers("[2001:0db8:0:0::1]"))).toBe("2001:db8:0:0::/64");
  });

  it("answers one shared key when the address is missing or not an address", () => {
    expect(clientAddress(headers())).toBe("inconnue");
    expect(clientAddress(headers("'; drop table x; --"))).toBe("inconnue");
  });
});
