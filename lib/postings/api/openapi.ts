// The OpenAPI 3.1 document of the public API, generated from the zod schemas the routes use.
import { z } from "zod";
import { SERVICE_NAME } from "@/lib/brand";
import { contractParams, domainParams, remoteParams } from "@/lib/postings/search/params";
import { FILTER_PARAMS } from "@/lib/urls/search-params";
import { MAX_PER_PAGE, DEFAULT_PER_PAGE } from "./serialise";
import { apiSchemas } from "./schema";

export const API_BASE = "/api/v1";

function componentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Each schema names itself by $id and $schema; inside an OpenAPI document its key does.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $id: _id, $schema: _schema, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

type Parameter = { name: string; description: string; schema: Record<string, unknown> };

const filterParameters: Record<(typeof FILTER_PARAMS)[number], Parameter> = {
  q: {
    name: "q",
    description: "Mots cherchés, sans tenir compte des accents ni des majuscules ; chaque mot doit commencer un mot de l'offre.",
    schema: { type: "string", maxLength: 200 },
  },
  organisation: {
    name: "organisation",
    description: "Identifiant d'une organisation ; un incubateur inclut ses start-ups.",
    schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
  },
  domaine: { name: "domaine", description: "Domaine du poste.", schema: { type: "string", enum: Object.keys(domainParams) } },
  contrat: { name: "contrat", description: "Type de contrat.", schema: { type: "string", enum: Object.keys(contractParams) } },
  lieu: {
    name: "lieu",
    description:
      "Commune, département (nom ou numéro) ou région : « Rennes », « Ille-et-Vilaine » ou « 35 », « Bretagne ». Un autre texte est cherché au début d'un mot du lieu.",
    schema: { type: "string", maxLength: 100 },
  },
  teletravail: {
    name: "teletravail",
    description: "possible : partiel ou complet ; complet : entièrement à distance.",
    schema: { type: "string", enum: Object.keys(remoteParams) },
  },
  juniors: { name: "juniors", description: "oui : offres ouvertes aux profils juniors.", schema: { type: "string", enum: ["oui"] } },
};

const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: `${SERVICE_NAME} – API publique des offres`,
      version: "1.0.0",
      description:
        "Les offres d'emploi publiques des équipes numériques de l'État, en lecture seule. Les filtres sont ceux de la page d'accueil.",
      license: { name: "Licence Ouverte 2.0", url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" },
    },
    servers: [{ url: API_BASE }],
    paths: {
      "/offres": {
        get: {
          operationId: "listPostings",
          summary: "Offres ouvertes, les plus récentes d'abord, filtrées et paginées",
          parameters: [
            ...FILTER_PARAMS.map((key) => ({ in: "query", required: false, ...filterParameters[key] })),
            {
              in: "query",
              name: "page",
              required: false,
              description: "Page, à partir de 1.",
              schema: { type: "integer", minimum: 1, default: 1 },
            },
            {
              in: "query",
              name: "par_page",
              required: false,
              description: "Offres par page.",
              schema: { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE },
            },
          ],
          responses: {
            "200": { description: "Une page d'offres.", content: json("PostingList") },
            "400": { description: "Paramètre invalide.", content: json("Error") },
          },
        },
      },
      "/offres/{slug}": {
        get: {
          operationId: "getPosting",
          summary: "Une offre publique, ouverte ou clôturée",
          parameters: [{ in: "path", name: "slug", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "L'offre.", content: json("Posting") },
            "404": { description: "Aucune offre publique n'a cet identifiant.", content: json("Error") },
          },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
