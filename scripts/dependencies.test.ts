// The supply chain an operator inherits: the framework at a version carrying its published
// security fixes, and no known high or critical advisory among the production dependencies.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), "utf8"));

/** Next.js 16.2.6 carries the fixes of the May 2026 security release. */
const NEXT_WITH_MAY_2026_FIXES = [16, 2, 6];

function atLeast(version: string, minimum: number[]): boolean {
  const parts = version.split(/[.-]/).slice(0, 3).map(Number);
  for (const [index, wanted] of minimum.entries()) {
    const part = parts[index] ?? 0;
    if (part !== wanted) return part > wanted;
  }
  return true;
}

describe("dependencies", () => {
  it("compares versions part by part", () => {
    expect(atLeast("16.2.6", NEXT_WITH_MAY_2026_FIXES)).toBe(true);
    expect(atLeast("16.10.0", NEXT_WITH_MAY_2026_FIXES)).toBe(true);
    expect(atLeast("16.2.5", NEXT_WITH_MAY_2026_FIXES)).toBe(false);
    expect(atLeast("15.9.9", NEXT_WITH_MAY_2026_FIXES)).toBe(false);
  });

  it("pins next, and installs a version with the May 2026 security fixes", () => {
    const pinned: string = readJson("package.json").dependencies.next;
    expect(pinned, "version exacte attendue dans package.json").toMatch(/^\d+\.\d+\.\d+$/);
    const installed: string = readJson("node_modules/next/package.json").version;
    expect(installed).toBe(pinned);
    expect(atLeast(installed, NEXT_WITH_MAY_2026_FIXES), `next ${installed}`).toBe(true);
  });

  it("npm audit finds no high or critical advisory in production dependencies", (context) => {
    const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { cwd: root, encoding: "utf8", timeout: 120_000 });
    const report = JSON.parse(run.stdout || "{}");
    // Registries that do not serve the advisory endpoint (mirrors) answer with an error, not
    // a report: that proves nothing either way, and says so in the test report.
    if (!report.metadata) context.skip(`npm audit indisponible : ${report.message ?? report.error?.summary ?? run.stderr}`);
    const { high = 0, critical = 0 } = report.metadata.vulnerabilities;
    const named = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => ["high", "critical"].includes((v as { severity: string }).severity))
      .map(([name]) => name);
    expect({ high, critical, named }).toEqual({ high: 0, critical: 0, named: [] });
  });
});
