// The session next-auth's jwt callback opens says what the sign-in proved: the code step's
// method, handed over by `authorize` on the user object, or nothing for a password alone.
import type { JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { withEnv } from "@/lib/test/env";
import { authOptions } from "./options";
import { secondFactorPending } from "./permissions";
import { actorForSession, type SecondFactorMethod } from "./sessions";

vi.mock("next/headers", async () => (await import("@/lib/test/admin-request")).headersModule);

type JwtInput = Parameters<NonNullable<NonNullable<ReturnType<typeof authOptions>["callbacks"]>["jwt"]>>[0];

describe.each(BACKENDS)("the session a sign-in opens on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  withEnv({ NEXTAUTH_SECRET: "un secret de test, long comme il faut pour next-auth" });

  it("keeps the method of the code step, and none for a password alone: an admin's is then pending", async () => {
    const user = await t.db.user.create({ data: { email: "admin@a.gouv.fr", name: "Admin", admin: true } });
    const cases: [string, SecondFactorMethod | undefined, SecondFactorMethod | null][] = [
      ["second-factor", "totp", "totp"],
      ["second-factor", "recovery-code", "recovery-code"],
      ["credentials", undefined, null],
    ];
    for (const [providerId, secondFactor, expected] of cases) {
      const token = (await authOptions().callbacks!.jwt!({
        token: {},
        user: { id: user.id, email: user.email, name: user.name, secondFactor },
        account: { provider: providerId, type: "credentials", providerAccountId: user.id },
        trigger: "signIn",
      } as JwtInput)) as JWT;
      const actor = await actorForSession(t.db, token.sid!);
      expect(actor?.secondFactor).toBe(expected);
      expect(secondFactorPending(actor)).toBe(expected === null);
    }
  });
});
