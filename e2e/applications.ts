// Applications for the admin specs, written straight into the database of the backend under test.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { TestInfo } from "@playwright/test";
import { applicationIdentityColumns } from "../lib/applications/identity";
import { pdfBytes } from "../lib/applications/test-files";
import { withServerDatabase } from "./database";

/** What a spec may set of the application: its candidate's first name, message, and consent to the pool. */
type ApplicationExtras = { firstName?: string; message?: string; poolConsentAt?: Date };

export function createApplication(
  testInfo: TestInfo,
  postingId: string,
  lastName = `Secret${randomUUID().slice(0, 6)}`,
  { firstName = "Camille", message = "Je souhaite rejoindre l'équipe.", poolConsentAt }: ApplicationExtras = {},
): Promise<{ id: string; lastName: string }> {
  const person = { firstName, lastName, email: `${lastName.toLowerCase()}@exemple.fr`, phone: null };
  return withServerDatabase(testInfo, (db) =>
    db.application.create({
      data: {
        postingId,
        idempotencyKey: randomUUID(),
        ...person,
        ...applicationIdentityColumns(person),
        message,
        consentedAt: new Date(),
        poolConsentAt: poolConsentAt ?? null,
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

/**
 * An offer proposed from the pool to the candidate of `email`, as the proposal writes it; returns
 * the token of its withdrawal link (the page /candidature/vivier/retrait/<token>).
 */
export function createPoolProposal(testInfo: TestInfo, postingId: string, email: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const withdrawalTokenHash = createHash("sha256").update(token).digest("hex");
  return withServerDatabase(testInfo, async (db) => {
    await db.poolProposal.create({ data: { email, postingId, withdrawalTokenHash } });
    return token;
  });
}
