// The fields of a valid application, as the public form sends them; no server module, so the
// end-to-end specs (which cannot load "server-only") use them too.
import { randomUUID } from "node:crypto";

export function validFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    idempotencyKey: randomUUID(),
    firstName: "Camille",
    lastName: "Martin",
    email: `camille.${randomUUID().slice(0, 8)}@exemple.fr`,
    phone: "",
    message: "Je souhaite rejoindre l'équipe.",
    linkedinUrl: "",
    githubUrl: "",
    portfolioUrl: "",
    consent: "on",
    website: "",
    ...overrides,
  };
}
