// Applications written straight into a test database, for the inbox's data-layer tests.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { applicationIdentityColumns } from "../identity";
import { pdfBytes } from "../test-files";

export async function postingOf(db: Db, organisationId: string, title = "Développeuse ou développeur") {
  return db.posting.create({
    data: {
      slug: `offre-${randomUUID().slice(0, 8)}`,
      title,
      body: "Texte",
      status: "PUBLISHED",
      publishedAt: new Date("2026-01-01T00:00:00Z"),
      organisationId,
      contactEmail: "equipe@a.gouv.fr",
    },
    select: { id: true, title: true },
  });
}

type Person = { firstName?: string; lastName?: string; email?: string; phone?: string | null };

/** An application with a PDF CV to `postingId`; a random address unless one is given. */
export async function applicationTo(
  db: Db,
  postingId: string,
  person: Person = {},
  over: Partial<Prisma.ApplicationUncheckedCreateInput> = {},
) {
  const identity = {
    firstName: "Camille",
    lastName: "Martin",
    email: `camille.${randomUUID().slice(0, 8)}@exemple.fr`,
    phone: null,
    ...person,
  };
  const cv = pdfBytes();
  return db.application.create({
    data: {
      postingId,
      idempotencyKey: randomUUID(),
      ...identity,
      ...applicationIdentityColumns(identity),
      message: "Je souhaite rejoindre l'équipe.",
      consentedAt: new Date(),
      cv: {
        create: {
          fileName: "CV Camille Éloïse.pdf",
          mediaType: "application/pdf",
          size: cv.byteLength,
          sha256: "0".repeat(64),
          content: new Uint8Array(cv),
        },
      },
      ...over,
    },
    select: { id: true, email: true, status: true },
  });
}
