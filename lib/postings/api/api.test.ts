import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { saveImportedPosting } from "@/lib/postings/import/save";
import { aPosting } from "@/lib/postings/testing/posting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { listPostingsResponse, postingResponse } from "./handlers";
import { openApiDocument } from "./openapi";
import { apiErrorSchema, postingListSchema, postingSchema } from "./schema";

const SITE = "http://localhost:3000";
const api = (query: string) => listPostingsResponse(new URL(`${SITE}/api/v1/offres${query}`));

/** Validates a response body against the schema the OpenAPI document gives for it. */
function openApiValidator() {
  const document = openApiDocument() as {
    paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: unknown }> }> }>>;
    components: unknown;
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: document.components }, "openapi");
  return (path: string, status: number, body: unknown) => {
    const schema = document.paths[path]?.get?.responses[String(status)]?.content["application/json"]?.schema as { $ref: string };
    const validate = ajv.getSchema(`openapi${schema.$ref}`);
    if (!validate) throw new Error(`pas de schéma pour ${path} ${status}`);
    const valid = validate(body);
    return valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

async function seed(db: Db) {
  const startup = { name: "Aides Simplifiées", kind: "STARTUP" as const, parent: { name: "Incubateur Sud", kind: "INCUBATOR" as const } };
  for (let i = 1; i <= 5; i++) {
    await saveImportedPosting(
      db,
      aPosting({
        slug: `dev-${i}`,
        title: `Développeuse ${i}`,
        organisation: startup,
        contractType: i % 2 ? "FIXED_TERM" : "PERMANENT",
        publishedAt: new Date(`2026-11-0${i}T08:00:00Z`),
        technologies: ["TypeScript"],
        domains: ["DEVELOPMENT"],
        closesAt: new Date("2099-01-01T00:00:00Z"),
      }),
      `dev-${i}.md`,
    );
  }
  await saveImportedPosting(db, aPosting({ slug: "close", status: "CLOSED", closedAt: new Date("2026-11-01T00:00:00Z") }), "c.md");
  await saveImportedPosting(db, aPosting({ slug: "brouillon", status: "DRAFT" }), "d.md");
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(openApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes every filter of the home page as a query parameter", () => {
    const document = openApiDocument() as { paths: { "/offres": { get: { parameters: { name: string }[] } } } };
    expect(document.paths["/offres"].get.parameters.map((p) => p.name)).toEqual([
      "q",
      "organisation",
      "domaine",
      "contrat",
      "lieu",
      "teletravail",
      "juniors",
      "page",
      "par_page",
    ]);
  });
});

describe.each(BACKENDS)("the public JSON API on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("lists open postings, filtered and paginated, as the schema and the OpenAPI document say", async () => {
    await seed(t.db);
    const validate = openApiValidator();
    const response = await api("?contrat=cdd&q=developpeuse&par_page=2");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(validate("/offres", 200, body)).toEqual([]);
    const list = postingListSchema.parse(body);
    expect(list.items.map((p) => p.slug)).toEqual(["dev-5", "dev-3"]);
    expect(list).toMatchObject({ page: 1, perPage: 2, total: 3, pageCount: 2, previous: null });
    expect(list.next).toBe(`${SITE}/api/v1/offres?q=developpeuse&contrat=cdd&page=2&par_page=2`);
    expect(list.items[0]?.organisation).toMatchObject({ slug: "aides-simplifiees", parent: { slug: "incubateur-sud" } });

    const last = postingListSchema.parse(await (await fetchNext(list.next!)).json());
    expect(last.items.map((p) => p.slug)).toEqual(["dev-1"]);
    expect(last.next).toBeNull();
  });

  it("answers an empty page past the end, and 400 with the parameter named for a bad value", async () => {
    await seed(t.db);
    const validate = openApiValidator();
    const beyond = postingListSchema.parse(await (await api("?page=9")).json());
    expect(beyond).toMatchObject({ items: [], total: 5, pageCount: 1 });

    for (const query of ["?contrat=cdx", "?par_page=1000", "?page=0", "?organisation=' OR 1=1"]) {
      const response = await api(query);
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(validate("/offres", 400, body)).toEqual([]);
      expect(Object.keys(apiErrorSchema.parse(body).fields ?? {})).toHaveLength(1);
    }
  });

  it("gives one public posting, open or closed, and 404 for drafts and unknown slugs", async () => {
    await seed(t.db);
    const validate = openApiValidator();
    const response = await postingResponse("dev-2");
    const body = await response.json();
    expect(validate("/offres/{slug}", 200, body)).toEqual([]);
    expect(postingSchema.parse(body)).toMatchObject({ slug: "dev-2", open: true, technologies: ["TypeScript"], domains: ["DEVELOPMENT"] });
    expect(postingSchema.parse(await (await postingResponse("close")).json())).toMatchObject({ open: false, status: "CLOSED" });
    for (const slug of ["brouillon", "inconnue"]) {
      const missing = await postingResponse(slug);
      expect(missing.status).toBe(404);
      expect(validate("/offres/{slug}", 404, await missing.json())).toEqual([]);
    }
  });
});

function fetchNext(url: string) {
  return listPostingsResponse(new URL(url));
}
