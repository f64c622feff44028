import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.js";
import { FIELDS_ALLOWANCE_BYTES } from "../applications/receive";
import { parseEnv } from "./env";

// A proxy (middleware) cuts request bodies at proxyClientMaxBodySize: it must let through the
// largest application the environment can allow, or a CV would arrive truncated.
describe("body limits", () => {
  it("the proxy limit is above the largest CV limit the environment accepts, plus the fields", () => {
    const proxyLimit = (nextConfig("phase-test") as { experimental: { proxyClientMaxBodySize: string } }).experimental
      .proxyClientMaxBodySize;
    const proxyBytes = Number(/^(\d+)mb$/.exec(proxyLimit)?.[1]) * 1024 * 1024;
    const largest = parseEnv({ CV_MAX_BYTES: String(50 * 1024 * 1024) }).CV_MAX_BYTES;
    expect(proxyBytes).toBeGreaterThanOrEqual(largest + FIELDS_ALLOWANCE_BYTES);
    expect(() => parseEnv({ CV_MAX_BYTES: String(50 * 1024 * 1024 + 1) })).toThrow(/CV_MAX_BYTES/);
  });
});
