import { describe, expect, it } from "vitest";
import { EnvError, nextAuthUrlOf, parseEnv } from "./env";

describe("environment", () => {
  it("fills defaults, and treats empty values as unset", () => {
    const env = parseEnv({ SITE_URL: "", TRUST_PROXY: " " });
    expect(env.SITE_URL).toBe("http://localhost:3000");
    expect(env.TRUST_PROXY).toBe(0);
  });

  it("without SITE_URL, links follow the port the server listens on", () => {
    expect(parseEnv({ PORT: "4100" }).SITE_URL).toBe("http://localhost:4100");
    expect(parseEnv({ PORT: "4100", SITE_URL: "https://rejoindre.exemple.gouv.fr" }).SITE_URL).toBe("https://rejoindre.exemple.gouv.fr");
  });

  it("names every malformed variable", () => {
    let error: unknown;
    try {
      parseEnv({ SITE_URL: "pas une adresse", TRUST_PROXY: "-1" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).variables.sort()).toEqual(["SITE_URL", "TRUST_PROXY"]);
    expect((error as EnvError).message).toContain("SITE_URL");
  });
});

describe("sign-in settings", () => {
  it("refuses production without an auth secret, naming it", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "court" })).toThrow(/32 caractères/);
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) }).NEXTAUTH_SECRET).toHaveLength(32);
    expect(parseEnv({ NODE_ENV: "development" }).NEXTAUTH_SECRET).toBeUndefined();
  });

  it("wants all ProConnect settings or none", () => {
    expect(() => parseEnv({ PROCONNECT_ISSUER: "https://idp.example" })).toThrow(/PROCONNECT_CLIENT_ID/);
    expect(parseEnv({}).PROCONNECT_ISSUER).toBeUndefined();
  });

  it("requires the session secret to serve in production, not to build", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).NEXTAUTH_SECRET).toBeUndefined();
  });
});

describe("the address next-auth works with", () => {
  const secret = "x".repeat(32);

  it("follows SITE_URL when NEXTAUTH_URL is unset, and NEXTAUTH_URL when it is set", () => {
    expect(nextAuthUrlOf(parseEnv({ SITE_URL: "https://rejoindre.exemple.gouv.fr" }))).toBe("https://rejoindre.exemple.gouv.fr");
    expect(nextAuthUrlOf(parseEnv({ PORT: "4100" }))).toBe("http://localhost:4100");
    expect(nextAuthUrlOf(parseEnv({ SITE_URL: "http://a.test", NEXTAUTH_URL: "https://b.test" }))).toBe("https://b.test");
  });

  it("refuses production with an http NEXTAUTH_URL behind an https SITE_URL, in French, naming NEXTAUTH_URL", () => {
    const mismatch = {
      NODE_ENV: "production",
      NEXTAUTH_SECRET: secret,
      SITE_URL: "https://rejoindre.exemple.gouv.fr",
      NEXTAUTH_URL: "http://localhost:3000",
    };
    let error: unknown;
    try {
      parseEnv(mismatch);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).variables).toEqual(["NEXTAUTH_URL"]);
    expect((error as EnvError).message).toMatch(/NEXTAUTH_URL : en http alors que SITE_URL est en https/);
    // Development, a build, both in https or both in http: accepted.
    expect(parseEnv({ ...mismatch, NODE_ENV: "development" }).NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(parseEnv({ ...mismatch, NEXT_PHASE: "phase-production-build" }).NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(parseEnv({ ...mismatch, NEXTAUTH_URL: "https://rejoindre.exemple.gouv.fr" }).NEXTAUTH_URL).toBe(
      "https://rejoindre.exemple.gouv.fr",
    );
    expect(parseEnv({ ...mismatch, SITE_URL: "http://127.0.0.1:3000" }).SITE_URL).toBe("http://127.0.0.1:3000");
  });
});

describe("settings shared by several instances and logging", () => {
  it("accepts a server actions key of 16, 24 or 32 bytes in base64 only", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") })).toBeTruthy();
    expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString("base64") })).toThrow(
      /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY : clé AES/,
    );
    expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "pas de la base64 !" })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/);
  });

  it("logs at info unless told otherwise, and names a level it does not know", () => {
    expect(parseEnv({}).LOG_LEVEL).toBe("info");
    expect(parseEnv({ LOG_LEVEL: "debug" }).LOG_LEVEL).toBe("debug");
    expect(() => parseEnv({ LOG_LEVEL: "bavard" })).toThrow(/LOG_LEVEL/);
  });
});

describe("the operator's contact", () => {
  it("is optional, and must be an address when given", () => {
    expect(parseEnv({}).CONTACT_EMAIL).toBeUndefined();
    expect(parseEnv({ CONTACT_EMAIL: " contact@exemple.gouv.fr " }).CONTACT_EMAIL).toBe("contact@exemple.gouv.fr");
    expect(() => parseEnv({ CONTACT_EMAIL: "écrivez-nous" })).toThrow(/CONTACT_EMAIL/);
  });
});

describe("retention periods", () => {
  it("keep 3 months after the recruitment and 2 years in the pool by default, and take whole months from 1 to 120", () => {
    expect(parseEnv({})).toMatchObject({ APPLICATION_RETENTION_MONTHS: 3, APPLICATION_POOL_RETENTION_MONTHS: 24 });
    expect(parseEnv({ APPLICATION_RETENTION_MONTHS: "6", APPLICATION_POOL_RETENTION_MONTHS: "12" })).toMatchObject({
      APPLICATION_RETENTION_MONTHS: 6,
      APPLICATION_POOL_RETENTION_MONTHS: 12,
    });
    for (const bad of ["0", "2.5", "trois", "121"]) {
      expect(() => parseEnv({ APPLICATION_RETENTION_MONTHS: bad }), bad).toThrow(/APPLICATION_RETENTION_MONTHS/);
      expect(() => parseEnv({ APPLICATION_POOL_RETENTION_MONTHS: bad }), bad).toThrow(/APPLICATION_POOL_RETENTION_MONTHS/);
    }
  });

  it("keep the audit log's personal data 12 months by default, 1 to 120 when set", () => {
    expect(parseEnv({}).AUDIT_PERSONAL_DATA_RETENTION_MONTHS).toBe(12);
    expect(parseEnv({ AUDIT_PERSONAL_DATA_RETENTION_MONTHS: "6" }).AUDIT_PERSONAL_DATA_RETENTION_MONTHS).toBe(6);
    for (const bad of ["0", "1.5", "douze", "121"]) {
      expect(() => parseEnv({ AUDIT_PERSONAL_DATA_RETENTION_MONTHS: bad }), bad).toThrow(/AUDIT_PERSONAL_DATA_RETENTION_MONTHS/);
    }
  });
});
