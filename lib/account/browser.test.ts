import { describe, expect, it } from "vitest";
import { browserLabel } from "./browser";

describe("the browser of a session, as its owner reads it", () => {
  it("names the browser, its major version and the system", () => {
    expect(browserLabel("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox 133 sur Linux");
    expect(
      browserLabel(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari 17 sur iOS (mobile)");
  });

  it("says so when nothing is known", () => {
    expect(browserLabel(null)).toBe("Navigateur inconnu");
    expect(browserLabel("curl-ish")).toBe("Navigateur inconnu");
  });
});
