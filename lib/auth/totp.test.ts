import { describe, expect, it } from "vitest";
import {
  acceptedTotpStep,
  groupedSecret,
  newRecoveryCodes,
  newTotpSecret,
  openTotpSecret,
  recoveryCodeHash,
  sealTotpSecret,
  totpCodeAt,
  totpUri,
} from "./totp";

const NOW = Date.parse("2026-12-02T10:00:10Z");
const STEP = Math.floor(NOW / 1000 / 30);

describe("time-based codes (RFC 6238)", () => {
  it("match the RFC's test vector for SHA-1", () => {
    // RFC 6238, appendix B: secret "12345678901234567890", T = 59 s, 8 digits 94287082; 6 digits are its last six.
    const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totpCodeAt(rfcSecret, 59_000)).toBe("287082");
  });

  it("accept the code of now and of one step either side, once", () => {
    const secret = newTotpSecret();
    expect(acceptedTotpStep(secret, totpCodeAt(secret, NOW), null, NOW)).toBe(STEP);
    expect(acceptedTotpStep(secret, totpCodeAt(secret, NOW - 30_000), null, NOW)).toBe(STEP - 1);
    expect(acceptedTotpStep(secret, totpCodeAt(secret, NOW + 30_000), null, NOW)).toBe(STEP + 1);
    expect(acceptedTotpStep(secret, totpCodeAt(secret, NOW - 90_000), null, NOW)).toBeNull();
  });

  it("refuse a code replayed within its window, and an older one after a newer was used", () => {
    const secret = newTotpSecret();
    const code = totpCodeAt(secret, NOW);
    const step = acceptedTotpStep(secret, code, null, NOW);
    expect(acceptedTotpStep(secret, code, step, NOW + 10_000)).toBeNull();
    expect(acceptedTotpStep(secret, totpCodeAt(secret, NOW - 30_000), step, NOW)).toBeNull();
    expect(acceptedTotpStep(secret, totpCodeAt(secret, NOW + 30_000), step, NOW + 30_000)).toBe(STEP + 1);
  });

  it("refuse what is not six digits, and take spaces as typed", () => {
    const secret = newTotpSecret();
    const code = totpCodeAt(secret, NOW);
    expect(acceptedTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, NOW)).toBe(STEP);
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`]) expect(acceptedTotpStep(secret, bad, null, NOW)).toBeNull();
  });

  it("give an otpauth address naming the portal and the person, and the secret in groups to type", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totpUri(secret, "camille@a.gouv.fr"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Rejoindre");
    expect(decodeURIComponent(uri.pathname)).toContain("camille@a.gouv.fr");
    expect(groupedSecret(secret).split(" ")).toHaveLength(8);
  });
});

describe("stored secrets", () => {
  it("are sealed under the application secret, and only it opens them", () => {
    const secret = newTotpSecret();
    const sealed = sealTotpSecret(secret, "un secret d'application");
    expect(sealed).not.toContain(secret);
    expect(openTotpSecret(sealed, "un secret d'application")).toBe(secret);
    expect(() => openTotpSecret(sealed, "un autre secret")).toThrow();
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes, matched whatever the case and separators typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const code = codes[0]!;
    expect(recoveryCodeHash(` ${code.toUpperCase().replace("-", " ")} `)).toBe(recoveryCodeHash(code));
    expect(recoveryCodeHash(codes[1]!)).not.toBe(recoveryCodeHash(code));
  });
});
