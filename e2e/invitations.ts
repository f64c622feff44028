// What the invitation specs change in the database of the backend under test, where waiting
// would take days: an invitation's link made to have expired.
import type { TestInfo } from "@playwright/test";
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
