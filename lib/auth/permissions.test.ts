import { describe, expect, it } from "vitest";
import { applicationScope, auditScope, can, organisationScope, postingScope, userScope, type Actor } from "./permissions";

const actor = (over: Partial<Actor>): Actor => ({ id: "u", email: "u@x.fr", name: "U", admin: false, memberships: [], ...over });
const recruiter = actor({ memberships: [{ organisationId: "a", role: "RECRUITER" }] });
const reader = actor({ memberships: [{ organisationId: "a", role: "READER" }] });
const admin = actor({ admin: true });

describe("permissions", () => {
  it("lets a recruiter write the offers of their organisation only", () => {
    expect(can(recruiter, "postings:write", "a")).toBe(true);
    expect(can(recruiter, "postings:write", "b")).toBe(false);
    expect(can(recruiter, "users:manage")).toBe(false);
  });

  it("lets a reader read, never write", () => {
    expect(can(reader, "applications:read", "a")).toBe(true);
    expect(can(reader, "postings:read", "a")).toBe(true);
    expect(can(reader, "postings:write", "a")).toBe(false);
    expect(can(reader, "applications:read", "b")).toBe(false);
  });

  it("lets an admin do everything, and nobody anything when signed out", () => {
    expect(can(admin, "users:manage")).toBe(true);
    expect(can(admin, "postings:write", "any")).toBe(true);
    expect(can(null, "postings:read")).toBe(false);
  });

  it("scopes queries to the actor's organisations", () => {
    expect(organisationScope(admin, "postings:read")).toEqual({});
    expect(organisationScope(reader, "postings:write")).toEqual({ id: { in: [] } });
    expect(organisationScope(recruiter, "postings:write")).toEqual({ id: { in: ["a"] } });
    expect(postingScope(reader, "postings:write")).toEqual({ organisationId: { in: [] } });
    expect(postingScope(recruiter, "postings:read")).toEqual({ organisationId: { in: ["a"] } });
    expect(applicationScope(recruiter, "applications:read")).toEqual({ posting: { organisationId: { in: ["a"] } } });
    expect(applicationScope(admin, "applications:erase")).toEqual({});
    // Accounts and the journal are for admins alone: anyone else's scope holds nothing.
    expect(userScope(recruiter)).toEqual({ id: { in: [] } });
    expect(auditScope(reader)).toEqual({ id: { in: [] } });
    expect(userScope(admin)).toEqual({});
    expect(auditScope(admin)).toEqual({});
  });
});
