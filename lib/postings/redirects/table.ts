import type { Db } from "@/lib/db/client";
import type { RedirectTable } from "./lookup";

/** Every old address of a public posting (published or closed; a draft has no page to lead to). */
export async function loadRedirectTable(db: Db): Promise<RedirectTable> {
  const rows = await db.postingRedirect.findMany({
    where: { posting: { status: { in: ["PUBLISHED", "CLOSED"] } } },
    select: { path: true, posting: { select: { slug: true } } },
  });
  return new Map(rows.map((row) => [row.path, row.posting.slug]));
}
