import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
  });

  it("salts each hash: the same password never gives the same hash", async () => {
    const [a, b] = await Promise.all([hashPassword("même mot de passe"), hashPassword("même mot de passe")]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  });

  it("refuses malformed hashes rather than throwing", async () => {
    for (const stored of ["", "plain", "bcrypt$1$2$3$a$b", "scrypt$x$8$1$abc$def"]) {
      expect(await verifyPassword("x", stored)).toBe(false);
    }
  });

  it("generates long, distinct passwords", () => {
    const a = generatePassword();
    expect(a).toHaveLength(20);
    expect(a).not.toBe(generatePassword());
  });
});
