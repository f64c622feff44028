// The export bench's memory profile: samples of the process's memory taken while one export
// streams, cut into four quarters of the run. Flat means the last quarter climbs no higher than
// the first three did. Pure: tested without an export.

export type MemorySample = { rss: number; heapUsed: number };

export type Quarter = {
  /** Highest resident memory of the quarter, above the RSS at the start. */
  peakRssGrowth: number;
  /** Highest heap in use in the quarter (garbage included: V8 collects it in a saw-tooth). */
  peakHeapUsed: number;
};

export type MemoryProfile = {
  startRss: number;
  quarters: Quarter[];
  /** How much higher the last quarter's peak went than the three before it (0 when not higher). */
  lastQuarterGrowth: number;
};

/** `samples` in time order, at a steady interval, the last one taken once the export ended. */
export function memoryProfile(startRss: number, samples: MemorySample[]): MemoryProfile {
  if (samples.length === 0) throw new Error("aucun échantillon de mémoire");
  const quarters = [1, 2, 3, 4].map((q) => {
    // A run shorter than four samples lends its samples to several quarters.
    const start = Math.min(samples.length - 1, Math.floor((samples.length * (q - 1)) / 4));
    const part = samples.slice(start, Math.max(start + 1, Math.ceil((samples.length * q) / 4)));
    return { peakRssGrowth: Math.max(...part.map((s) => s.rss)) - startRss, peakHeapUsed: Math.max(...part.map((s) => s.heapUsed)) };
  });
  const before = Math.max(...quarters.slice(0, 3).map((q) => q.peakRssGrowth));
  return { startRss, quarters, lastQuarterGrowth: Math.max(0, quarters[3]!.peakRssGrowth - before) };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mo`;
const signedMb = (bytes: number) => `${bytes < 0 ? "−" : "+"}${mb(Math.abs(bytes))}`;

/** "RSS de départ 180 Mo ; pic de RSS par quart +12 Mo / … ; pic du tas par quart … ; hausse sur le dernier quart +1 Mo". */
export function formatMemoryProfile({ startRss, quarters, lastQuarterGrowth }: MemoryProfile): string {
  return [
    `RSS de départ ${mb(startRss)}`,
    `pic de RSS par quart ${quarters.map((q) => signedMb(q.peakRssGrowth)).join(" / ")}`,
    `pic du tas par quart ${quarters.map((q) => mb(q.peakHeapUsed)).join(" / ")}`,
    `hausse sur le dernier quart ${signedMb(lastQuarterGrowth)}`,
  ].join(" ; ");
}
