// Applications for the admin specs, written straight into the database of the backend under test.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { TestInfo } from "@playwright/test";
import { applicationIdentityColumns } from "../lib/applications/identity";
import { pdfBytes } from "../lib/applications/test-files";
import { withServerDatabase } from "./database";

type CvFile = { fileName: string; mediaType: string; content: Buffer };

/** What a spec may set of the application: its candidate's first name, contact details, message, CV, and consent to the pool. */
type ApplicationExtras = {
  firstName?: string;
  phone?: string | null;
  linkedinUrl?: string | null;
  message?: string;
  cv?: CvFile;
  poolConsentAt?: Date;
};

/** An application to `postingId` with a PDF CV, or the CV and details given. */
export function createApplication(
  testInfo: TestInfo,
  postingId: string,
  lastName = `Secret${randomUUID().slice(0, 6)}`,
  {
    firstName = "Camille",
    phone = null,
    linkedinUrl = null,
    message = "Je souhaite rejoindre l'équipe.",
    cv,
    poolConsentAt,
  }: ApplicationExtras = {},
): Promise<{ id: string; lastName: string }> {
  const person = { firstName, lastName, email: `${lastName.toLowerCase()}@exemple.fr`, phone };
  const file = cv ?? { fileName: "CV.pdf", mediaType: "application/pdf", content: pdfBytes() };
  return withServerDatabase(testInfo, (db) =>
    db.application.create({
      data: {
        postingId,
        idempotencyKey: randomUUID(),
        ...person,
        ...applicationIdentityColumns(person),
        message,
        linkedinUrl,
        consentedAt: new Date(),
        poolConsentAt: poolConsentAt ?? null,
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
