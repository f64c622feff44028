import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/config/env";
import { serverEnvironment } from "@/lib/config/server-env";
import { authOptions, secureCookies } from "./options";

const NAMES = ["NEXTAUTH_URL", "SITE_URL", "NEXTAUTH_SECRET", "PORT"] as const;
const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));

/** The process environment the server gets from npm start, given the operator's settings. */
function startedWith(settings: Record<string, string>) {
  const source: Record<string, string | undefined> = { ...settings, NEXTAUTH_SECRET: "x".repeat(32) };
  const served: Record<string, string | undefined> = serverEnvironment(source, { dev: false });
  for (const name of NAMES) {
    if (served[name] === undefined) delete process.env[name];
    else process.env[name] = served[name];
  }
  resetEnvForTests();
}

afterEach(() => {
  for (const name of NAMES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  resetEnvForTests();
});

describe("session cookies", () => {
  it("are Secure with the __Secure- prefix on an https SITE_URL when NEXTAUTH_URL is unset", () => {
    startedWith({ SITE_URL: "https://rejoindre.exemple.gouv.fr" });
    expect(secureCookies()).toBe(true);
    expect(authOptions().useSecureCookies).toBe(true);
  });

  it("follow NEXTAUTH_URL when it is set", () => {
    startedWith({ SITE_URL: "http://127.0.0.1:3000", NEXTAUTH_URL: "https://rejoindre.exemple.gouv.fr" });
    expect(authOptions().useSecureCookies).toBe(true);
  });

  it("stay plain on an http portal (the demo, local tests)", () => {
    startedWith({ PORT: "4100" });
    expect(process.env.NEXTAUTH_URL).toBe("http://localhost:4100");
    expect(authOptions().useSecureCookies).toBe(false);
  });
});
