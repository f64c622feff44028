import { describe, expect, it } from "vitest";
import { auditVerdict } from "./verdict";

// Shapes of `npm audit --json` (npm 11): a report, and the error a registry without the
// advisories endpoint gives (seen here: 405 on /-/npm/v1/security/advisories/bulk).
const report = (vulnerabilities: Record<string, number>, packages: Record<string, string> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(Object.entries(packages).map(([name, severity]) => [name, { name, severity }])),
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...vulnerabilities } },
  });

describe("auditVerdict", () => {
  it("tells a registry without advisories from a clean report and from a finding", () => {
    const refused = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      body: "",
    });
    expect(auditVerdict(refused)).toEqual({ kind: "unavailable", reason: expect.stringContaining("405 Method Not Allowed") });
    expect(auditVerdict("")).toEqual({ kind: "unavailable", reason: "aucun rapport" });
    expect(auditVerdict("<html>")).toMatchObject({ kind: "unavailable" });
    expect(auditVerdict(report({ low: 2, moderate: 1 }, { a: "low", b: "moderate" }))).toEqual({ kind: "clean" });
    expect(auditVerdict(report({ high: 1, critical: 1 }, { nodemailer: "high", uuid: "critical", c: "low" }))).toEqual({
      kind: "findings",
      counts: { high: 1, critical: 1 },
      packages: ["nodemailer", "uuid"],
    });
  });
});
