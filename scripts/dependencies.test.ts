// The supply chain an operator inherits: the framework at a version carrying its published
// security fixes, and no known high or critical advisory among the production dependencies.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit/verdict";

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
    const verdict = auditVerdict(run.stdout);
    // Registries that do not serve the advisory endpoint (mirrors) answer with an error, not
    // a report: that proves nothing either way, and says so in the test report.
    if (verdict.kind === "unavailable") context.skip(`npm audit indisponible : ${verdict.reason}`);
    expect(verdict).toEqual({ kind: "clean" });
  });

  it("installs nodemailer 9.1 or later (fixes of GHSA-2x7j-588g-ccc2, -cc9r-2j5m-2m83, -wmmp-3585-3rmp, -8m3c-c648-2xjj), next-auth's copy included", () => {
    const pinned: string = readJson("package.json").dependencies.nodemailer;
    expect(pinned, "version exacte attendue dans package.json").toMatch(/^\d+\.\d+\.\d+$/);
    expect(atLeast(pinned, [9, 1, 0]), `nodemailer ${pinned}`).toBe(true);
    expect(readJson("node_modules/nodemailer/package.json").version).toBe(pinned);
    // next-auth declares nodemailer ^7 as an optional peer: the override gives it ours, never a second, older copy.
    expect(readJson("package.json").overrides?.["next-auth"]?.nodemailer).toBe("$nodemailer");
    expect(existsSync(path.join(root, "node_modules/next-auth/node_modules/nodemailer"))).toBe(false);
  });

  it("gives exceljs a uuid carrying the buffer bounds fix (11.1.1 on the 11 line)", () => {
    const forced: string = readJson("package.json").overrides?.exceljs?.uuid;
    expect(forced).toMatch(/^\d+\.\d+\.\d+$/);
    expect(atLeast(forced, [11, 1, 1]), `uuid ${forced}`).toBe(true);
    const nested = path.join(root, "node_modules/exceljs/node_modules/uuid/package.json");
    const installed: string = JSON.parse(
      readFileSync(existsSync(nested) ? nested : path.join(root, "node_modules/uuid/package.json"), "utf8"),
    ).version;
    expect(installed).toBe(forced);
  });
});
