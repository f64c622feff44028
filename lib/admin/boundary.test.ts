// The back office's one door, tested as a request goes through it: the session read once,
// the input parsed, refusals answered alike, unexpected errors logged and hidden, the origin
// handed to the audit log. Real commands on both backends where the data matters.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { changeStatusAction, savePostingAction } from "@/lib/postings/admin/actions";
import { log } from "@/lib/log/logger";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { as, formOf, request } from "@/lib/test/admin-request";
import { castOf } from "@/lib/test/people";
import { adminFormAction, adminRoute, INVALID_FORM, SECOND_FACTOR_FIRST, SESSION_EXPIRED, UNEXPECTED } from "./boundary";
import { failure } from "./command";
import { INITIAL_FORM_STATE } from "./form-state";

vi.mock("@/lib/auth/current", async () => (await import("@/lib/test/admin-request")).currentModule);
vi.mock("next/headers", async () => (await import("@/lib/test/admin-request")).headersModule);
vi.mock("next/cache", async () => (await import("@/lib/test/admin-request")).cacheModule);
vi.mock("next/navigation", async () => (await import("@/lib/test/admin-request")).navigationModule);

const postingFields = (organisationId: string) =>
  formOf({
    title: "Designer de services",
    slug: "designer-de-services",
    organisationId,
    body: "Concevoir avec les usagers, tester, recommencer.",
  });

/** A command that records whether it ran. */
function probe(run: () => Promise<{ ok: true } | ReturnType<typeof failure>>) {
  const calls: unknown[] = [];
  const command = {
    name: "essai",
    schema: z.object({ title: z.string().min(3, "Trois caractères au moins.") }),
    read: (form: FormData) => ({ title: String(form.get("title") ?? "") }),
    run: async (_context: unknown, input: unknown) => {
      calls.push(input);
      return run();
    },
    done: () => ({ message: "Fait." }),
  };
  return { calls, action: (form: FormData) => adminFormAction(command, INITIAL_FORM_STATE, form) };
}

afterEach(() => vi.restoreAllMocks());

describe("the admin boundary", () => {
  const admin = { id: "u1", email: "admin@a.gouv.fr", name: "Admin", admin: true, memberships: [], secondFactor: "totp" as const };
  const pendingAdmin = { ...admin, secondFactor: null };
  const pendingManager = { ...pendingAdmin, admin: false, memberships: [{ organisationId: "a", role: "MANAGER" as const }] };
  const passwordOnlyRecruiter = { ...pendingManager, memberships: [{ organisationId: "a", role: "RECRUITER" as const }] };

  it("refuses every command to a pending admin or manager, before parsing or running it, and says why", async () => {
    for (const pending of [pendingAdmin, pendingManager]) {
      const { calls, action } = probe(async () => ({ ok: true }));
      const state = await as(pending, () => action(formOf({ title: "a" })));
      expect(state).toMatchObject({ severity: "error", message: SECOND_FACTOR_FIRST, errors: {} });
      expect(calls).toEqual([]);
    }
  });

  it("runs the steps of enrolling for a pending session, and anything for a recruiter without a second factor", async () => {
    const enrolling = {
      name: "essai",
      schema: z.object({}),
      read: () => ({}),
      run: async () => ({ ok: true as const }),
      done: () => ({ message: "Fait." }),
    };
    expect(
      await as(pendingAdmin, () => adminFormAction({ ...enrolling, whilePending: true }, INITIAL_FORM_STATE, formOf({}))),
    ).toMatchObject({
      severity: "success",
    });
    expect(await as(passwordOnlyRecruiter, () => adminFormAction(enrolling, INITIAL_FORM_STATE, formOf({})))).toMatchObject({
      severity: "success",
    });
  });

  it("refuses a private route to a pending session, saying why, and runs nothing", async () => {
    const calls: unknown[] = [];
    const route = adminRoute("essai", async () => {
      calls.push(1);
      return new Response("données");
    });
    const response = await as(pendingAdmin, () => route(new Request("http://localhost/admin/x"), { params: Promise.resolve({}) }));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(SECOND_FACTOR_FIRST);
    expect(calls).toEqual([]);
  });

  it("answers an expired session in French, keeps what was typed, and runs nothing", async () => {
    const { calls, action } = probe(async () => ({ ok: true }));
    const state = await as(null, () => action(formOf({ title: "Intitulé" })));
    expect(state).toMatchObject({ severity: "error", message: SESSION_EXPIRED, values: { title: "Intitulé" }, submission: 1 });
    expect(calls).toEqual([]);
  });

  it("puts validation errors next to their fields and runs nothing", async () => {
    const { calls, action } = probe(async () => ({ ok: true }));
    const state = await as(admin, () => action(formOf({ title: "a" })));
    expect(state).toMatchObject({ severity: "error", message: INVALID_FORM, errors: { title: ["Trois caractères au moins."] } });
    expect(calls).toEqual([]);
  });

  it("logs an unexpected error with the request's id and shows only the calm message", async () => {
    const error = vi.spyOn(log(), "error").mockImplementation(() => undefined);
    const { action } = probe(async () => {
      throw new Error("connexion perdue : secret=abc");
    });
    const state = await as(admin, () => action(formOf({ title: "Intitulé" })));
    expect(state).toMatchObject({ severity: "error", message: UNEXPECTED });
    expect(JSON.stringify(state)).not.toContain("secret");
    expect(error).toHaveBeenCalledOnce();
    const [fields, message] = error.mock.calls[0] as [Record<string, unknown>, string];
    expect(fields).toMatchObject({ requestId: "requete-de-test", action: "essai" });
    expect((fields.err as Error).message).toContain("connexion perdue");
    expect(message).toBe("admin : essai a échoué");
  });

  it("answers a command's refusal next to its field", async () => {
    const { action } = probe(async () => failure("invalid", "Déjà pris.", "title"));
    expect(await as(admin, () => action(formOf({ title: "Intitulé" })))).toMatchObject({
      severity: "error",
      message: "Déjà pris.",
      errors: { title: ["Déjà pris."] },
    });
  });

  it("gives a route the answer of a missing page when signed out or refused, and hides unexpected errors", async () => {
    const route = adminRoute("essai", async () => {
      throw new Error("panne");
    });
    const segment = { params: Promise.resolve({}) };
    const signedOut = await as(null, () => route(new Request("http://localhost/admin/x"), segment));
    expect(signedOut.status).toBe(404);
    vi.spyOn(log(), "error").mockImplementation(() => undefined);
    const failed = await as(admin, () => route(new Request("http://localhost/admin/x", { headers: request.headers }), segment));
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain("panne");
  });
});

describe.each(BACKENDS)("the admin boundary with real commands on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("answers another organisation's offer exactly as an unknown one", async () => {
    const cast = await castOf(t.db);
    const posting = await t.db.posting.create({
      data: { slug: "brouillon-a", title: "Brouillon", body: "Texte", organisationId: cast.orgA },
    });
    const publish = (id: string) =>
      as(cast.actors.otherRecruiter, () => changeStatusAction(INITIAL_FORM_STATE, formOf({ id, version: "1", transition: "publish" })));
    const foreign = await publish(posting.id);
    expect(foreign).toMatchObject({ severity: "error", message: "Cette offre n'existe pas ou plus." });
    const { values: _foreignValues, ...foreignAnswer } = foreign;
    const { values: _unknownValues, ...unknownAnswer } = await publish("inexistante");
    expect(unknownAnswer).toEqual(foreignAnswer);
    expect(await t.db.posting.findUniqueOrThrow({ where: { id: posting.id } })).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("hands the request's client address to the audit entry of the change", async () => {
    const cast = await castOf(t.db);
    const redirected = await as(cast.actors.recruiter, () => savePostingAction(INITIAL_FORM_STATE, postingFields(cast.orgA))).catch(
      (e: Error) => e.message,
    );
    expect(redirected).toMatch(/^\/admin\/offres\/.+\?enregistree=1$/);
    expect(await t.db.auditEvent.findMany({ where: { action: "posting.create" }, select: { clientAddress: true, actorId: true } })).toEqual(
      [{ clientAddress: "192.0.2.10", actorId: cast.userIds.recruiter }],
    );
  });
});
