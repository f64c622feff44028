// Applications for the admin specs, written straight into the database of the backend under test.
import { randomUUID } from "node:crypto";
import type { TestInfo } from "@playwright/test";
import { applicationIdentityColumns } from "../lib/applications/identity";
import { pdfBytes } from "../lib/applications/test-files";
import { withServerDatabase } from "./database";

type CvFile = { fileName: string; mediaType: string; content: Buffer };

/** An application to `postingId` with a PDF CV, or the CV and contact details given. */
export function createApplication(
  testInfo: TestInfo,
  postingId: string,
  lastName = `Secret${randomUUID().slice(0, 6)}`,
  { phone = null, linkedinUrl = null, cv }: { phone?: string | null; linkedinUrl?: string | null; cv?: CvFile } = {},
): Promise<{ id: string; lastName: string }> {
  const person = { firstName: "Camille", lastName, email: `${lastName.toLowerCase()}@exemple.fr`, phone };
  const file = cv ?? { fileName: "CV.pdf", mediaType: "application/pdf", content: pdfBytes() };
  return withServerDatabase(testInfo, (db) =>
    db.application.create({
      data: {
        postingId,
        idempotencyKey: randomUUID(),
        ...person,
        ...applicationIdentityColumns(person),
        message: "Je souhaite rejoindre l'équipe.",
        linkedinUrl,
        consentedAt: new Date(),
        cv: {
          create: {
            fileName: file.fileName,
            mediaType: file.mediaType,
            size: file.content.byteLength,
            sha256: "0".repeat(64),
            content: new Uint8Array(file.content),
          },
        },
      },
      select: { id: true, lastName: true },
    }),
  );
}
