import { describe, expect, it } from "vitest";
import { refusedRequest } from "./refused-requests";

const action = (headers: Record<string, string>) =>
  refusedRequest({ method: "POST", headers: new Headers({ "next-action": "7f00", host: "portail.example", ...headers }) });

describe("requests answered with a plain 4xx before Next.js", () => {
  it("refuses a server action from another origin with 403, and lets the portal's own through", async () => {
    const foreign = action({ origin: "https://ailleurs.example" });
    expect(foreign?.status).toBe(403);
    expect(await foreign?.text()).toContain("ne vient pas d'une page du portail");
    expect(action({ origin: "null" })?.status).toBe(403);
    expect(action({ origin: "http://portail.example" })).toBeNull();
    expect(action({ origin: "https://portail.example:8443", "x-forwarded-host": "portail.example:8443" })).toBeNull();
    expect(action({})).toBeNull();
    // A form posted elsewhere than an action is the route's business.
    expect(
      refusedRequest({ method: "POST", headers: new Headers({ origin: "https://ailleurs.example", host: "portail.example" }) }),
    ).toBeNull();
  });
});
