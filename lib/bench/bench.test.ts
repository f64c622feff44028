import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { saveImportedPosting } from "@/lib/postings/import/save";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { postingSearchColumns } from "@/lib/postings/search/text";
import { cvPdf } from "./cv";
import { generateBenchData } from "./data";
import { fillApplications } from "./fill";
import { formatMemoryProfile, memoryProfile } from "./memory";
import { formatReport, scriptSources, verdict, type Measure, type RouteResult } from "./report";

const measure = (requestsPerSecond: number, p99 = 20): Measure => ({ requestsPerSecond, p50: 5, p99, errors: 0, non2xx: 0 });
const route = (kind: RouteResult["kind"], requestsPerSecond: number, p99 = 20): RouteResult => ({
  ...measure(requestsPerSecond, p99),
  route: "x",
  path: "/",
  kind,
  encoding: "identity",
});

describe("benchmark data", () => {
  it("spreads postings over organisations, start-ups under incubators, the same on every run", () => {
    const data = generateBenchData(20, 60);
    expect(data.organisations).toHaveLength(20);
    expect(data.organisations.filter((o) => o.kind === "INCUBATOR")).toHaveLength(2);
    expect(data.postings).toHaveLength(60);
    expect(new Set(data.postings.map((p) => p.slug)).size).toBe(60);
    expect(new Set(data.postings.map((p) => p.organisation.name)).size).toBe(20);
    expect(data.postings.some((p) => p.status === "CLOSED")).toBe(true);
    expect(data.postings.filter((p) => p.status === "PUBLISHED").length).toBeGreaterThan(30);
    expect(generateBenchData(20, 60)).toEqual(data);
  });

  it("has postings the benchmark's search finds", () => {
    const { postings } = generateBenchData(10, 200);
    const found = postings.filter(
      (p) =>
        p.status === "PUBLISHED" &&
        p.contractType === "FIXED_TERM" &&
        p.remotePolicy !== "NONE" &&
        postingSearchColumns(p).searchText.includes(" developpeur"),
    );
    expect(found.length).toBeGreaterThan(0);
  });

  it("makes small, well-formed PDF CVs", () => {
    const pdf = cvPdf("Camille Martin").toString("latin1");
    expect(pdf.startsWith("%PDF-1.4\n")).toBe(true);
    expect(pdf.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(pdf.length).toBeLessThan(2048);
    // The cross-reference table points at each object.
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    for (const [i, offset] of offsets.entries()) expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true);
  });
});

describe.each(BACKENDS)("benchmark applications on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("gives every application its CV, stored as the form stores it, over several batches", async () => {
    const { postings } = generateBenchData(3, 6);
    for (const posting of postings) await saveImportedPosting(t.db, posting, `${posting.slug}.md`);
    const progress: number[] = [];
    expect(await fillApplications(t.db, 25, { batchSize: 10, onProgress: (done) => progress.push(done) })).toBe(25);
    expect(progress).toEqual([10, 20, 25]);

    expect(await t.db.application.count()).toBe(25);
    const files = await t.db.applicationFile.findMany({ include: { application: { select: { firstName: true, lastName: true } } } });
    expect(files).toHaveLength(25);
    for (const file of files) {
      const content = Buffer.from(file.content);
      expect(file.sha256).toBe(createHash("sha256").update(content).digest("hex"));
      expect(file.size).toBe(content.byteLength);
      expect(file.mediaType).toBe("application/pdf");
      expect(content.toString("latin1")).toContain(`CV de ${file.application.firstName} ${file.application.lastName}`);
    }
    // Spread over the postings, not heaped on one.
    const perPosting = await t.db.application.groupBy({ by: ["postingId"], _count: true });
    expect(perPosting.length).toBeGreaterThan(1);
  });
});

describe("benchmark report", () => {
  it("judges cached routes against the limit and dynamic ones against 300 requests/s", () => {
    const limit = measure(4000);
    expect(verdict(route("cached", 1000), limit)).toEqual({ ok: true, misses: [] });
    expect(verdict(route("cached", 900), limit).misses).toEqual(["23 % < 25 % de la limite"]);
    expect(verdict(route("cached", 2000, 120), limit).misses).toEqual(["p99 120 ms > 100 ms"]);
    expect(verdict(route("dynamic", 300, 150), limit).ok).toBe(true);
    expect(verdict(route("dynamic", 250, 151), limit).misses).toEqual(["250 < 300 req/s", "p99 151 ms > 150 ms"]);
    expect(verdict({ ...route("dynamic", 900), non2xx: 3 }, limit).misses).toEqual(["3 erreurs"]);
  });

  it("prints each route's share of the limit of its encoding, the weights and the memory", () => {
    const text = formatReport({
      results: [{ ...route("cached", 1825), route: "accueil", encoding: "gzip, br" }],
      limits: { identity: measure(3650), "gzip, br": measure(7300) },
      weights: {
        homeHtmlBytes: 62_000,
        homeHtmlCompressedBytes: 9_000,
        homeScriptBytes: 600_000,
        homeScriptCompressedBytes: 190_000,
        homeScriptCount: 9,
      },
      peakMemoryBytes: 300 * 1024 * 1024,
    });
    expect(text).toContain("| accueil `/` | gzip, br | 1 825 | 5 ms | 20 ms | 25 % | atteint |");
    expect(text).toContain("HTML de l'accueil : 60.5 Ko (8.8 Ko compressé en brotli) – objectif ≤ 60.0 Ko : manqué");
    expect(text).toContain("9 fichiers");
    expect(text).toContain("300 Mo");
  });

  it("finds the scripts a page loads", () => {
    const html =
      '<script src="/_next/a.js" async=""></script><script>inline()</script><script src="/_next/b.js?x=1&amp;y=2"></script><script src="/_next/a.js"></script>';
    expect(scriptSources(html)).toEqual(["/_next/a.js", "/_next/b.js?x=1&y=2"]);
  });
});

describe("export memory profile", () => {
  const MB = 1024 * 1024;
  const samples = (rss: number[]) => rss.map((r, i) => ({ rss: (100 + r) * MB, heapUsed: (20 + (i % 2 ? 0 : i)) * MB }));

  it("gives each quarter its peak above the start and says how much higher the last one climbed", () => {
    const profile = memoryProfile(100 * MB, samples([1, 4, 2, 6, 5, 3, 9, 7]));
    expect(profile.quarters.map((q) => q.peakRssGrowth / MB)).toEqual([4, 6, 5, 9]);
    expect(profile.quarters.map((q) => q.peakHeapUsed / MB)).toEqual([20, 22, 24, 26]);
    expect(profile.lastQuarterGrowth / MB).toBe(3);
    expect(formatMemoryProfile(profile)).toBe(
      "RSS de départ 100 Mo ; pic de RSS par quart +4 Mo / +6 Mo / +5 Mo / +9 Mo ; pic du tas par quart 20 Mo / 22 Mo / 24 Mo / 26 Mo ; hausse sur le dernier quart +3 Mo",
    );
  });

  it("finds a flat run flat, and copes with fewer samples than quarters", () => {
    expect(memoryProfile(100 * MB, samples([5, 8, 3, 2, 1, 4, 2, 1])).lastQuarterGrowth).toBe(0);
    const short = memoryProfile(100 * MB, samples([-2, 3]));
    expect(short.quarters.map((q) => q.peakRssGrowth / MB)).toEqual([-2, -2, 3, 3]);
    expect(formatMemoryProfile(short)).toContain("pic de RSS par quart −2 Mo / −2 Mo / +3 Mo / +3 Mo");
    expect(() => memoryProfile(0, [])).toThrow();
  });
});
