import { describe, expect, it } from "vitest";
import {
  applicationScope,
  auditScope,
  can,
  canGrantAdmin,
  canManageAccount,
  canManageMembership,
  memberScope,
  organisationScope,
  postingScope,
  secondFactorPending,
  secondFactorRequired,
  userScope,
  type Actor,
} from "./permissions";

// Sessions that proved a second factor: the matrices below test roles; pending ones are tested at the end.
const actor = (over: Partial<Actor>): Actor => ({
  id: "u",
  email: "u@x.fr",
  name: "U",
  admin: false,
  memberships: [],
  secondFactor: "totp",
  ...over,
});
const recruiter = actor({ memberships: [{ organisationId: "a", role: "RECRUITER" }] });
const reader = actor({ memberships: [{ organisationId: "a", role: "READER" }] });
const admin = actor({ admin: true });
const manager = actor({
  id: "m",
  memberships: [
    { organisationId: "a", role: "MANAGER" },
    { organisationId: "c", role: "READER" },
  ],
});

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

describe("managers", () => {
  const person = (id: string, organisations: string[], isAdmin = false) => ({
    id,
    admin: isAdmin,
    memberships: organisations.map((organisationId) => ({ organisationId })),
  });

  it("recruit in the organisation they manage, and manage its members there only", () => {
    expect(can(manager, "postings:write", "a")).toBe(true);
    expect(can(manager, "applications:erase", "a")).toBe(true);
    expect(can(manager, "members:manage", "a")).toBe(true);
    expect(can(manager, "members:manage", "c")).toBe(false);
    expect(can(manager, "postings:write", "c")).toBe(false);
    expect(can(manager, "users:manage")).toBe(false);
    expect(can(manager, "audit:read")).toBe(false);
    expect(can(recruiter, "members:manage", "a")).toBe(false);
  });

  it("see the memberships of the organisations they manage, and the people holding one", () => {
    expect(memberScope(manager)).toEqual({ organisationId: { in: ["a"] } });
    expect(userScope(manager)).toEqual({ memberships: { some: { organisationId: { in: ["a"] } } } });
    expect(memberScope(recruiter)).toEqual({ organisationId: { in: [] } });
    expect(memberScope(admin)).toEqual({});
  });

  it("edit memberships of their organisation, never their own nor an admin's", () => {
    expect(canManageMembership(manager, person("p", ["a"]), "a")).toBe(true);
    expect(canManageMembership(manager, person("p", ["a"]), "c")).toBe(false);
    expect(canManageMembership(manager, person("m", ["a"]), "a")).toBe(false);
    expect(canManageMembership(manager, person("p", ["a"], true), "a")).toBe(false);
    expect(canManageMembership(recruiter, person("p", ["a"]), "a")).toBe(false);
    expect(canManageMembership(admin, person("p", ["b"], true), "b")).toBe(true);
    expect(canManageMembership(admin, person("u", []), "b")).toBe(false);
    expect(canManageMembership(null, person("p", ["a"]), "a")).toBe(false);
  });

  it("switch off an account only when every membership it holds is in an organisation they manage", () => {
    expect(canManageAccount(manager, person("p", ["a"]))).toBe(true);
    expect(canManageAccount(manager, person("p", ["a", "c"]))).toBe(false);
    expect(canManageAccount(manager, person("p", []))).toBe(false);
    expect(canManageAccount(manager, person("p", ["a"], true))).toBe(false);
    expect(canManageAccount(manager, person("m", ["a"]))).toBe(false);
    expect(canManageAccount(admin, person("p", ["z"]))).toBe(true);
    expect(canManageAccount(admin, person("u", []))).toBe(false);
  });

  it("never grant admin: only admins do, and never to themselves", () => {
    expect(canGrantAdmin(manager, { id: "p" })).toBe(false);
    expect(canGrantAdmin(admin, { id: "p" })).toBe(true);
    expect(canGrantAdmin(admin, { id: "u" })).toBe(false);
  });
});

describe("a session without a second factor", () => {
  const passwordOnly = (over: Partial<Actor>) => actor({ ...over, secondFactor: null });

  it("is pending for an admin or a manager: their roles count for nothing, whatever the scope", () => {
    for (const pending of [passwordOnly({ admin: true }), passwordOnly({ memberships: manager.memberships })]) {
      expect(secondFactorRequired(pending)).toBe(true);
      expect(secondFactorPending(pending)).toBe(true);
      expect(can(pending, "postings:read", "a")).toBe(false);
      expect(can(pending, "members:manage", "a")).toBe(false);
      expect(postingScope(pending, "postings:read")).toEqual({ organisationId: { in: [] } });
      expect(userScope(pending)).toEqual({ id: { in: [] } });
      expect(auditScope(pending)).toEqual({ id: { in: [] } });
      expect(canGrantAdmin(pending, recruiter)).toBe(false);
      expect(canManageAccount(pending, { id: "r", admin: false, memberships: [{ organisationId: "a" }] })).toBe(false);
      expect(canManageMembership(pending, { id: "r", admin: false, memberships: [] }, "a")).toBe(false);
    }
  });

  it("is not pending for a recruiter or a reader, who are not required to have one", () => {
    for (const person of [passwordOnly({ memberships: recruiter.memberships }), passwordOnly({ memberships: reader.memberships })]) {
      expect(secondFactorRequired(person)).toBe(false);
      expect(secondFactorPending(person)).toBe(false);
      expect(can(person, "postings:read", "a")).toBe(true);
    }
  });

  it("is not pending once proved, by any method", () => {
    for (const secondFactor of ["totp", "recovery-code", "proconnect"] as const) {
      expect(secondFactorPending(actor({ admin: true, secondFactor }))).toBe(false);
    }
  });
});
