// The benchmark's table: each route against the physical limit (a bare Node server sending
// the home page's bytes from memory) and against its target. Pure: tested without a server.

export type Encoding = "identity" | "gzip, br";
export type RouteKind = "cached" | "dynamic";

export type Measure = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number };
export type RouteResult = Measure & { route: string; path: string; kind: RouteKind; encoding: Encoding };

/** The issue's targets: cached pages a quarter of the limit at least, dynamic ones 300 requests/s. */
export const TARGETS = {
  cached: { minRatio: 0.25, maxP99: 100 },
  dynamic: { minRequestsPerSecond: 300, maxP99: 150 },
  maxHomeHtmlBytes: 60 * 1024,
} as const;

export type Verdict = { ok: boolean; misses: string[] };

export function verdict(result: RouteResult, limit: Measure): Verdict {
  const misses: string[] = [];
  if (result.errors > 0 || result.non2xx > 0) misses.push(`${result.errors + result.non2xx} erreurs`);
  if (result.kind === "cached") {
    const ratio = result.requestsPerSecond / limit.requestsPerSecond;
    if (ratio < TARGETS.cached.minRatio) misses.push(`${percent(ratio)} < ${percent(TARGETS.cached.minRatio)} de la limite`);
    if (result.p99 > TARGETS.cached.maxP99) misses.push(`p99 ${result.p99} ms > ${TARGETS.cached.maxP99} ms`);
  } else {
    if (result.requestsPerSecond < TARGETS.dynamic.minRequestsPerSecond)
      misses.push(`${Math.round(result.requestsPerSecond)} < ${TARGETS.dynamic.minRequestsPerSecond} req/s`);
    if (result.p99 > TARGETS.dynamic.maxP99) misses.push(`p99 ${result.p99} ms > ${TARGETS.dynamic.maxP99} ms`);
  }
  return { ok: misses.length === 0, misses };
}

export const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
const number = (n: number) =>
  Math.round(n)
    .toLocaleString("fr-FR")
    .replace(/\u202f/g, " ");

export type Weights = {
  homeHtmlBytes: number;
  homeHtmlCompressedBytes: number;
  homeScriptBytes: number;
  homeScriptCompressedBytes: number;
  homeScriptCount: number;
};

export type BenchReport = {
  results: RouteResult[];
  limits: Record<Encoding, Measure>;
  weights: Weights;
  peakMemoryBytes: number;
};

/** The markdown table the benchmark prints (and the README quotes). */
export function formatReport({ results, limits, weights, peakMemoryBytes }: BenchReport): string {
  const lines = [
    "| Route | Accept-Encoding | req/s | p50 | p99 | part de la limite | objectif |",
    "| --- | --- | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const encoding of ["identity", "gzip, br"] as const) {
    const limit = limits[encoding];
    lines.push(
      `| limite physique (serveur Node minimal, accueil en mémoire) | ${encoding} | ${number(limit.requestsPerSecond)} | ${limit.p50} ms | ${limit.p99} ms | 100 % | – |`,
    );
  }
  for (const result of results) {
    const limit = limits[result.encoding];
    const { ok, misses } = verdict(result, limit);
    lines.push(
      `| ${result.route} \`${result.path}\` | ${result.encoding} | ${number(result.requestsPerSecond)} | ${result.p50} ms | ${result.p99} ms | ${percent(result.requestsPerSecond / limit.requestsPerSecond)} | ${ok ? "atteint" : `manqué : ${misses.join(", ")}`} |`,
    );
  }
  const htmlOk = weights.homeHtmlBytes <= TARGETS.maxHomeHtmlBytes;
  lines.push(
    "",
    `- HTML de l'accueil : ${kib(weights.homeHtmlBytes)} (${kib(weights.homeHtmlCompressedBytes)} compressé en brotli) – objectif ≤ ${kib(TARGETS.maxHomeHtmlBytes)} : ${htmlOk ? "atteint" : "manqué"}`,
    `- JavaScript chargé par l'accueil : ${weights.homeScriptCount} fichiers, ${kib(weights.homeScriptBytes)} (${kib(weights.homeScriptCompressedBytes)} compressé en brotli)`,
    `- Mémoire maximale du serveur (VmHWM) : ${number(peakMemoryBytes / 1024 / 1024)} Mo`,
  );
  return lines.join("\n");
}

/** The scripts a page loads: `<script src>` elements, in document order, without duplicates. */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, "&"));
  return [...new Set(sources)];
}
