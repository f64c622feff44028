// What the invitation specs change in the database of the backend under test, where waiting
// would take days: an invitation's link made to have expired; a pending invitation made directly.
import { randomBytes } from "node:crypto";
import type { TestInfo } from "@playwright/test";
import { issueAccountLink } from "../lib/account/links";
import { createDb } from "../lib/db/client";

export async function expireInvitation(testInfo: TestInfo, email: string): Promise<void> {
  const db = await createDb(testInfo.project.metadata.databaseUrl as string);
  try {
    await db.accountLink.updateMany({
      where: { purpose: "INVITATION", user: { email } },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
  } finally {
    await db.$disconnect();
  }
}

/** A pending invitation as an admin's would leave it: the account, its role, and the mailed link's token. */
export async function createPendingInvitation(
  testInfo: TestInfo,
  organisationId: string,
): Promise<{ id: string; email: string; token: string }> {
  const db = await createDb(testInfo.project.metadata.databaseUrl as string);
  try {
    const email = `invitee-${randomBytes(4).toString("hex")}@e2e.gouv.fr`;
    const user = await db.user.create({
      data: { email, name: "Invitée e2e", invitedAt: new Date(), memberships: { create: { organisationId, role: "RECRUITER" } } },
      select: { id: true },
    });
    const { token } = await issueAccountLink(db, user.id, "INVITATION");
    return { id: user.id, email, token };
  } finally {
    await db.$disconnect();
  }
}
