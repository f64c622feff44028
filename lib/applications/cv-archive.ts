// ODT and DOCX files are ZIP archives: one that unpacks to far more than a CV ever holds (a
// "zip bomb") would fill the memory or the disk of whoever opens it, and is refused
// (docs/decisions/0014).
import yauzl from "yauzl";

/** A CV with photos unpacks to a few megabytes; Word and LibreOffice compress text about 10 times. */
export const ARCHIVE_LIMITS = { maxUncompressedBytes: 50 * 1024 * 1024, maxRatio: 100, ratioFromBytes: 10 * 1024 * 1024, maxEntries: 2000 };

export type ArchiveVerdict = { ok: true } | { ok: false; reason: "too-large" | "unreadable" };

/**
 * Checks the sizes the archive declares, then unpacks every entry, counting, to prove them
 * true (yauzl fails an entry that inflates past its declared size): a bomb that lies about its
 * size is stopped at the size it declared, never later.
 */
export async function inspectArchive(bytes: Uint8Array, limits = ARCHIVE_LIMITS): Promise<ArchiveVerdict> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
    });
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  try {
    if (zip.entryCount > limits.maxEntries) return { ok: false, reason: "too-large" };
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      entries.push(entry);
      declared += entry.uncompressedSize;
    }
    const ratio = declared / bytes.byteLength;
    if (declared > limits.maxUncompressedBytes || (declared > limits.ratioFromBytes && ratio > limits.maxRatio))
      return { ok: false, reason: "too-large" };
    for (const entry of entries) {
      if (entry.fileName.endsWith("/")) continue;
      const stream = await zip.openReadStreamPromise(entry);
      // Read and forgotten: only the count matters, and yauzl checks it against the declaration.
      for await (const chunk of stream) void chunk;
    }
    return { ok: true };
  } catch {
    return { ok: false, reason: "unreadable" };
  } finally {
    zip.close();
  }
}
