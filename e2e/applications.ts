// Applications for the admin specs, written straight into the database of the backend under test.
import { randomUUID } from "node:crypto";
import type { TestInfo } from "@playwright/test";
import { applicationIdentityColumns } from "../lib/applications/identity";
import { pdfBytes } from "../lib/applications/test-files";
import { withServerDatabase } from "./database";

export function createApplication(
  testInfo: TestInfo,
  postingId: string,
  lastName = `Secret${randomUUID().slice(0, 6)}`,
): Promise<{ id: string; lastName: string }> {
  const person = { firstName: "Camille", lastName, email: `${lastName.toLowerCase()}@exemple.fr`, phone: null };
  return withServerDatabase(testInfo, (db) =>
    db.application.create({
      data: {
        postingId,
        idempotencyKey: randomUUID(),
        ...person,
        ...applicationIdentityColumns(person),
        message: "Je souhaite rejoindre l'équipe.",
        consentedAt: new Date(),
        cv: {
          create: {
            fileName: "CV.pdf",
            mediaType: "application/pdf",
            size: pdfBytes().byteLength,
            sha256: "0".repeat(64),
            content: new Uint8Array(pdfBytes()),
          },
        },
      },
      select: { id: true, lastName: true },
    }),
  );
}
