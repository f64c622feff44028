import type { Db } from "@/lib/db/client";
import { postingSearchColumns } from "./text";

/**
 * Writes the search columns of postings saved before they existed (an empty `searchText` or
 * sort key), so that a database migrated to this version finds and sorts its older postings.
 * Returns how many.
 */
export async function fillMissingSearchColumns(db: Db): Promise<number> {
  const postings = await db.posting.findMany({
    where: { OR: [{ searchText: "" }, { titleSortKey: "" }] },
    select: {
      id: true,
      title: true,
      roles: true,
      team: true,
      body: true,
      location: true,
      technologies: { select: { name: true } },
      organisation: { select: { name: true, parent: { select: { name: true } } } },
    },
  });
  for (const { id, technologies, ...posting } of postings) {
    const columns = postingSearchColumns({ ...posting, technologies: technologies.map(({ name }) => name) });
    await db.posting.update({ where: { id }, data: columns });
  }
  return postings.length;
}
