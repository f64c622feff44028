// The accounts list's orders: in French order of names whatever the backend's collation, the
// active accounts first by default, and a manager's memberships listed in French order too.
import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { membersCastOf } from "@/lib/test/people";
import { getPerson, listUsers } from "./admin";

describe.each(BACKENDS)("the accounts list on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("sorts by name in French order, by last sign-in, and by state (active first) by default", async () => {
    const cast = await membersCastOf(t.db);
    const names: Record<string, string> = {
      reader: "Émile Ardent",
      recruiter: "bruno Coste",
      disabled: "Alice Martin",
      manager: "Zoé Gérante",
    };
    for (const [person, name] of Object.entries(names)) {
      await t.db.user.update({ where: { id: cast.userIds[person as keyof typeof cast.userIds]! }, data: { name } });
    }
    await t.db.user.update({ where: { id: cast.userIds.reader! }, data: { lastSignInAt: new Date("2026-12-01T08:00:00Z") } });
    await t.db.user.update({ where: { id: cast.userIds.recruiter! }, data: { lastSignInAt: new Date("2026-12-03T08:00:00Z") } });
    const shown = async (sort?: Parameters<typeof listUsers>[1]) =>
      (await listUsers(cast.actors.manager, sort)).map((u) => u.name).filter((name) => Object.values(names).includes(name));

    expect(await shown({ key: "nom", direction: "asc" })).toEqual(["Alice Martin", "bruno Coste", "Émile Ardent", "Zoé Gérante"]);
    expect(await shown({ key: "nom", direction: "desc" })).toEqual(["Zoé Gérante", "Émile Ardent", "bruno Coste", "Alice Martin"]);
    // Never signed in is the oldest; ties by name.
    expect(await shown({ key: "connexion", direction: "desc" })).toEqual(["bruno Coste", "Émile Ardent", "Alice Martin", "Zoé Gérante"]);
    expect(await shown()).toEqual(["bruno Coste", "Émile Ardent", "Zoé Gérante", "Alice Martin"]);
  });

  it("lists a person's organisations, and those they may be added to, in French order, rights in step", async () => {
    const cast = await membersCastOf(t.db);
    await t.db.organisation.update({ where: { id: cast.orgC }, data: { name: "Atelier C" } });
    const found = await getPerson(cast.actors.manager, cast.userIds.manager!);
    expect(found?.person.memberships.map((m) => m.organisation.name)).toEqual(["Atelier C", "Équipe A"]);
    expect(found?.rights.memberships).toHaveLength(2);
    const reader = await getPerson(cast.actors.manager, cast.userIds.reader!);
    expect(reader?.addable.map((o) => o.name)).toEqual(["Atelier C"]);
  });
});
