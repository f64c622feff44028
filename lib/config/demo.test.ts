import { describe, expect, it } from "vitest";
import { demoSettings } from "./demo";

describe("embedded demo", () => {
  it("is the demo when npm start is given no setting at all", () => {
    expect(demoSettings({})).toEqual({ demo: true, postings: true });
    expect(demoSettings({ PORT: "4000", DATABASE_URL: " " })).toEqual({ demo: true, postings: true });
  });

  it("is never the demo once a deployment setting is there, whichever database it names", () => {
    for (const deployment of [
      { NODE_ENV: "production" },
      { NEXTAUTH_SECRET: "x".repeat(32) },
      { SITE_URL: "https://rejoindre.exemple.gouv.fr" },
      // The default file named explicitly is not the demo either: the string decides nothing.
      { DATABASE_URL: "file:./data/rejoindre.db" },
    ]) {
      expect(demoSettings(deployment)).toEqual({ demo: false, postings: false });
    }
  });

  it("follows DEMO and DEMO_POSTINGS when they are set", () => {
    expect(demoSettings({ DEMO: "off" })).toEqual({ demo: false, postings: false });
    expect(demoSettings({ DEMO: "on", NODE_ENV: "production", DATABASE_URL: "postgresql://x@h/db" })).toEqual({
      demo: true,
      postings: true,
    });
    expect(demoSettings({ NODE_ENV: "production", DEMO_POSTINGS: "on" })).toEqual({ demo: false, postings: true });
    expect(demoSettings({ DEMO_POSTINGS: "off" })).toEqual({ demo: true, postings: false });
  });
});
