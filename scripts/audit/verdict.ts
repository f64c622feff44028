// What `npm audit --json` said: a report (clean, or with findings at or above a level), or no
// report at all because the registry does not serve the advisories (mirrors, offline caches
// answer 404 or 405). The last one proves nothing either way, and must not read as a pass.
export type AuditVerdict =
  | { kind: "clean" }
  | { kind: "findings"; counts: Record<string, number>; packages: string[] }
  | { kind: "unavailable"; reason: string };

const LEVELS = ["info", "low", "moderate", "high", "critical"] as const;
export type AuditLevel = (typeof LEVELS)[number];

type Report = {
  metadata?: { vulnerabilities?: Partial<Record<AuditLevel, number>> };
  vulnerabilities?: Record<string, { severity?: string }>;
  message?: string;
  statusCode?: number;
  error?: { summary?: string };
};

export function auditVerdict(stdout: string, level: AuditLevel = "high"): AuditVerdict {
  let report: Report;
  try {
    report = JSON.parse(stdout || "{}") as Report;
  } catch {
    return { kind: "unavailable", reason: "réponse illisible de npm audit" };
  }
  if (!report.metadata?.vulnerabilities) {
    const reason = report.message ?? report.error?.summary ?? (report.statusCode ? `HTTP ${report.statusCode}` : "aucun rapport");
    return { kind: "unavailable", reason };
  }
  const atOrAbove = LEVELS.slice(LEVELS.indexOf(level));
  const counts = Object.fromEntries(atOrAbove.map((l) => [l, report.metadata!.vulnerabilities![l] ?? 0]));
  const packages = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => atOrAbove.includes(v.severity as AuditLevel))
    .map(([name]) => name)
    .sort();
  return Object.values(counts).some((n) => n > 0) || packages.length ? { kind: "findings", counts, packages } : { kind: "clean" };
}
