// Commands answer an expected refusal (not found, conflict, invalid) as a value, and roll back
// whatever they wrote before finding it: they throw an Abort inside their transaction.
import { getDb } from "./client";
import type { Prisma } from "./models";

export class Abort<F extends { message: string }> extends Error {
  constructor(readonly failure: F) {
    super(failure.message);
  }
}

/** Runs `work` in a transaction; an Abort rolls it back and becomes the command's answer. */
export async function inCommandTransaction<T, F extends { message: string }>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | F> {
  const db = await getDb();
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof Abort) return error.failure as F;
    throw error;
  }
}
