import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { createUser, newUserSchema } from "./create";
import { createDemoAdminIfNoUser } from "./demo-admin";

describe.each(BACKENDS)("accounts on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("creates the demo admin once, with a generated password that signs in", async () => {
    const first = await createDemoAdminIfNoUser(t.db);
    expect(first?.password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await createDemoAdminIfNoUser(t.db)).toBeNull();
    const stored = await t.db.user.findFirstOrThrow();
    expect(stored).toMatchObject({ admin: true });
    expect(stored.passwordHash).not.toContain(first!.password);
    expect(await signInWithPassword({ email: first!.email, password: first!.password, clientAddress: "192.0.2.9" })).toMatchObject({
      ok: true,
    });
  });

  it("refuses a second account with the same address, whatever its case", async () => {
    const organisation = await t.db.organisation.create({ data: { slug: "a", name: "A", kind: "TEAM" } });
    const input = { email: "camille@a.gouv.fr", name: "Camille", role: "reader" as const, organisationIds: [organisation.id] };
    expect(await createUser(t.db, { by: { label: "test" } }, input)).toMatchObject({ ok: true });
    expect(await createUser(t.db, { by: { label: "test" } }, { ...input, email: "camille@a.gouv.fr" })).toMatchObject({
      ok: false,
      error: "invalid",
      field: "email",
    });
    expect(await t.db.membership.findMany({ select: { role: true } })).toEqual([{ role: "READER" }]);
  });

  it("creates a manager of the organisations chosen, and wants at least one", async () => {
    const organisation = await t.db.organisation.create({ data: { slug: "a", name: "A", kind: "TEAM" } });
    const input = { email: "gere@a.gouv.fr", name: "Gère", role: "manager" as const, organisationIds: [organisation.id] };
    expect(newUserSchema.safeParse({ ...input, organisationIds: [] }).success).toBe(false);
    expect(await createUser(t.db, { by: { label: "test" } }, newUserSchema.parse(input))).toMatchObject({ ok: true });
    expect(await t.db.membership.findMany({ select: { role: true, organisationId: true } })).toEqual([
      { role: "MANAGER", organisationId: organisation.id },
    ]);
  });
});
