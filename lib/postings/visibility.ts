import type { Prisma } from "@/lib/db/models";

type Lifecycle = {
  status: "DRAFT" | "PUBLISHED" | "CLOSED";
  publishedAt: Date | null;
  closesAt: Date | null;
};

/** Shown to the public: published or closed, once its publication date has come. */
export function isPublic(posting: Lifecycle, now: Date): boolean {
  if (posting.status === "DRAFT") return false;
  return posting.publishedAt === null || posting.publishedAt <= now;
}

/** Open to candidates: published, and its closing date (if any) not reached. */
export function isOpen(posting: Lifecycle, now: Date): boolean {
  return isPublic(posting, now) && posting.status === "PUBLISHED" && (posting.closesAt === null || posting.closesAt > now);
}

/** The Prisma filter matching `isPublic`. */
export function publicWhere(now: Date): Prisma.PostingWhereInput {
  return {
    status: { in: ["PUBLISHED", "CLOSED"] },
    OR: [{ publishedAt: null }, { publishedAt: { lte: now } }],
  };
}

/** The Prisma filter matching `isOpen`. */
export function openWhere(now: Date): Prisma.PostingWhereInput {
  return {
    status: "PUBLISHED",
    AND: [{ OR: [{ publishedAt: null }, { publishedAt: { lte: now } }] }, { OR: [{ closesAt: null }, { closesAt: { gt: now } }] }],
  };
}
