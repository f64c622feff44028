// The three export formats as byte streams pulled by the response: each reads one batch of
// applications when the client has taken the previous one, so memory stays flat.
import { PassThrough, Readable } from "node:stream";
import { makeZip } from "client-zip";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/permissions";
import { SERVICE_NAME } from "@/lib/brand";
import { parisWallClock } from "@/lib/dates/paris";
import type { InboxFilters } from "../filters";
import { type Cell, csvCells, EXPORT_COLUMNS, EXPORT_HEADERS, exportCells, exportSelect } from "./columns";
import { blindCvSelect, maskedCvEntry } from "./masked-cv";
import { exportBatches, withPostings } from "./rows";

export type Separator = ";" | ",";

type Source = { actor: Actor; filters: InboxFilters; siteUrl: string; batchSize?: number };
/** Called once the last byte is out, with the number of applications (or files) written. */
type Done = (count: number) => void;

const BOM = "\uFEFF";
const encoder = new TextEncoder();

/**
 * CSV, RFC 4180 (CRLF, double quotes doubled), UTF-8 with a byte order mark so that Excel reads
 * the accents. csv-stringify quotes a field holding the record delimiter (CR LF) but not a bare
 * LF or CR, which spreadsheets take as the end of the row: every field holding either is quoted.
 */
export function csvStream({ actor, filters, siteUrl, batchSize }: Source, separator: Separator, done?: Done): ReadableStream<Uint8Array> {
  const options = { delimiter: separator, record_delimiter: "windows", quote: '"', escape: '"', quoted_match: /[\r\n]/ } as const;
  const dates = separator === "," ? "iso" : "french";
  let batches: AsyncGenerator<Parameters<typeof csvCells>[0][]> | undefined;
  let count = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + stringify([EXPORT_HEADERS], options)));
    },
    async pull(controller) {
      batches ??= withPostings(exportBatches(actor, filters, exportSelect, { batchSize }));
      const next = await batches.next();
      if (next.done) {
        controller.close();
        done?.(count);
        return;
      }
      count += next.value.length;
      controller.enqueue(
        encoder.encode(
          stringify(
            next.value.map((a) => csvCells(a, siteUrl, dates)),
            options,
          ),
        ),
      );
    },
    async cancel() {
      await batches?.return(undefined);
    },
  });
}

/** Waits until the stream has room again: a slow client slows the reads down. */
const drained = (stream: PassThrough) =>
  stream.writableNeedDrain ? new Promise<void>((resolve) => stream.once("drain", resolve)) : Promise.resolve();

/** Line breaks as Excel keeps them inside a cell (XML readers turn CR LF into LF anyway). */
const xlsxValue = (cell: Cell) =>
  cell instanceof Date ? parisWallClock(cell) : typeof cell === "string" ? cell.replace(/\r\n?/g, "\n") : cell;

/**
 * An .xlsx workbook written by exceljs's streaming writer: each row is committed and
 * forgotten. Text stays text (a cell is never a formula), dates are real dates on a Paris clock.
 */
export function xlsxStream({ actor, filters, siteUrl, batchSize }: Source, done?: Done): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = SERVICE_NAME;
  const sheet = workbook.addWorksheet("Candidatures", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  const write = async () => {
    let count = 0;
    for await (const batch of withPostings(exportBatches(actor, filters, exportSelect, { batchSize }))) {
      for (const application of batch) {
        const row = sheet.addRow(exportCells(application, siteUrl).map(xlsxValue));
        row.eachCell((cell) => {
          if (cell.value instanceof Date) cell.numFmt = "dd/mm/yyyy hh:mm";
        });
        row.commit();
      }
      count += batch.length;
      await drained(output);
    }
    sheet.commit();
    await workbook.commit();
    done?.(count);
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

/** "Lefèvre Zoé" → "Lefevre_Zoe": letters, digits and dashes only, never empty. */
function safePart(text: string): string {
  const ascii = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return ascii || "x";
}

/** The CV's name in the archive: unique through the application's id, safe on every system. */
export function cvEntryName(application: { id: string; lastName: string; firstName: string }, fileName: string): string {
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(fileName)?.[1]?.toLowerCase() ?? "bin";
  return `${safePart(application.lastName)}_${safePart(application.firstName)}_${application.id}.${extension}`;
}

const cvSelect = {
  id: true,
  createdAt: true,
  firstName: true,
  lastName: true,
  cv: { select: { fileName: true, content: true } },
  ...blindCvSelect,
} as const;

/** Batches of CVs are smaller: a CV may weigh megabytes. */
export const CV_BATCH_SIZE = 20;
export const HAS_CV = { cv: { isNot: null } } as const;

/** Each CV of the export as an archive entry: its file, or the cleaned text of a masked application's (0030). */
async function* cvEntries({ actor, filters, batchSize = CV_BATCH_SIZE }: Source, counted: (count: number) => void) {
  let count = 0;
  for await (const batch of exportBatches(actor, filters, cvSelect, { batchSize, extra: HAS_CV })) {
    for (const application of batch) {
      if (!application.cv) continue;
      const masked = await maskedCvEntry(application);
      count += 1;
      counted(count);
      yield masked
        ? { name: masked.name, input: masked.data, lastModified: application.createdAt }
        : { name: cvEntryName(application, application.cv.fileName), input: application.cv.content, lastModified: application.createdAt };
    }
  }
}

/**
 * A ZIP of the CVs, stored without compression (PDFs and office files are compressed already),
 * written by client-zip: the archive is a stream pulled by the client, which asks for the next
 * entry, and so the next batch, only once it has taken the previous one. Its directory comes at
 * the end, one small record per file, also pulled (archiver buffered its 21 writes per file).
 */
export function cvZipStream(source: Source, done?: Done): ReadableStream<Uint8Array> {
  let count = 0;
  const zip = makeZip(
    cvEntries(source, (n) => {
      count = n;
    }),
    { buffersAreUTF8: true },
  );
  return zip.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      flush() {
        done?.(count);
      },
    }),
  );
}
