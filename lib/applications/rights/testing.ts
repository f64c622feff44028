// For the tests of erasure and withdrawal: every row of every table, to look for a person in.
import type { Db } from "@/lib/db/client";
import { ModelName } from "@/lib/db/generated/sqlite/internal/prismaNamespaceBrowser";

type Delegate = { findMany: () => Promise<unknown[]> };

/** The tables (by model) whose rows mention any of `needles`, case-insensitively, bytes included. */
export async function tablesMentioning(db: Db, needles: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const model of Object.values(ModelName)) {
    const delegate = (db as unknown as Record<string, Delegate>)[model[0]!.toLowerCase() + model.slice(1)]!;
    const rows = await delegate.findMany();
    const text = JSON.stringify(rows, (_key, value) =>
      value instanceof Uint8Array ? Buffer.from(value).toString("utf8") : value,
    ).toLowerCase();
    if (needles.some((needle) => text.includes(needle.toLowerCase()))) found.push(model);
  }
  return found;
}
