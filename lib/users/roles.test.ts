import { describe, expect, it } from "vitest";
import { USERS_NOTICES, usersNotice, usersNoticePath } from "./roles";

describe("the users list's notices", () => {
  it("say what the action did, from the key its redirect carries", () => {
    expect(usersNoticePath("revocation")).toBe("/admin/utilisateurs?fait=revocation");
    expect(usersNotice("revocation")).toBe(USERS_NOTICES.revocation);
    expect(usersNotice("retrait")).toBe(USERS_NOTICES.retrait);
  });

  it("say nothing for a key of their own making, inherited names included", () => {
    for (const value of [undefined, "", "inconnu", "toString", "__proto__", ["revocation"]]) expect(usersNotice(value)).toBeNull();
  });
});
