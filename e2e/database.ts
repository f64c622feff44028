// The database of the server a spec runs against, to check what a journey stored.
import type { TestInfo } from "@playwright/test";
import { createDb, type Db } from "../lib/db/client";

export async function withServerDatabase<T>(testInfo: TestInfo, use: (db: Db) => Promise<T>): Promise<T> {
  const url = testInfo.project.metadata.databaseUrl as string;
  const db = await createDb(url);
  try {
    return await use(db);
  } finally {
    await db.$disconnect();
  }
}
