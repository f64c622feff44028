// Helpers for the data-layer tests of the application form.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { newChallenge } from "@/lib/proof-of-work/challenge";
import { validFields } from "./test-fields";
import { pdfBytes } from "./test-files";

export { validFields };

export async function seedPosting(db: Db, posting: Partial<Prisma.PostingUncheckedCreateInput> = {}) {
  const organisation = await db.organisation.upsert({
    where: { slug: "equipe" },
    create: { slug: "equipe", name: "L'Équipe", kind: "TEAM" },
    update: {},
  });
  return db.posting.create({
    data: {
      slug: "developpeuse",
      title: "Développeuse ou développeur",
      body: "Texte",
      status: "PUBLISHED",
      publishedAt: new Date("2026-01-01T00:00:00Z"),
      contactEmail: "recrutement@equipe.gouv.fr",
      organisationId: organisation.id,
      ...posting,
    },
  });
}

export type Submission = {
  fields?: Record<string, string>;
  cv?: { bytes: Buffer; name: string; type?: string } | null;
  address?: string;
};

export function applicationForm({ fields = validFields(), cv = { bytes: pdfBytes(), name: "cv.pdf" } }: Submission = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (cv) form.append("cv", new File([new Uint8Array(cv.bytes)], cv.name, { type: cv.type ?? "application/pdf" }));
  return form;
}

/** The POST a browser makes when the form is sent. */
export function applicationRequest(slug: string, submission: Submission = {}, init: RequestInit = {}): Request {
  return new Request(`http://localhost/offres/${slug}/candidater/envoi`, {
    method: "POST",
    body: applicationForm(submission),
    ...init,
    headers: { "x-forwarded-for": submission.address ?? "192.0.2.10", ...(init.headers as Record<string, string>) },
  });
}

/** The payload the ALTCHA widget puts in the form once it has solved a challenge. */
export async function solvedChallengePayload(): Promise<string> {
  const challenge = await newChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("challenge non résolu");
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}
