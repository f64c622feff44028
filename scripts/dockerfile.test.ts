// No Docker engine runs in CI: what keeps the Dockerfile honest is that it builds with the
// very commands CI runs, on a configuration that produces the server it ships.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function instructions(text: string): { keyword: string; args: string }[] {
  return text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [keyword = "", ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    });
}

const dockerfile = instructions(read("Dockerfile"));
const commands = dockerfile.filter((i) => i.keyword === "RUN").flatMap((i) => i.args.split("&&").map((c) => c.trim()));
const npmCommands = commands.filter((c) => c.startsWith("npm "));
const scripts: Record<string, string> = JSON.parse(read("package.json")).scripts;

/** What CI runs: .ci/run's commands, and the npm scripts `npm test` reaches, recursively. */
function ciCommands(): Set<string> {
  const seen = new Set(
    read(".ci/run")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("npm ")),
  );
  const queue = [...seen];
  while (queue.length) {
    for (const step of queue
      .shift()!
      .split("&&")
      .map((s) => s.trim())) {
      const name = /^npm (?:run )?([\w:-]+)$/.exec(step)?.[1];
      if (!name || !scripts[name]) continue;
      for (const inner of scripts[name]
        .split("&&")
        .map((s) => s.trim())
        .filter((s) => s.startsWith("npm "))) {
        if (!seen.has(inner)) {
          seen.add(inner);
          queue.push(inner);
        }
      }
    }
  }
  return seen;
}

// Packaging steps, not build steps: system packages, and dropping dev dependencies.
const PACKAGING = [/^apt-get /, /^rm -rf \/var\/lib\/apt\/lists/, /^npm prune --omit=dev/, /^mkdir -p /, /^chown /];

describe("Dockerfile", () => {
  it("installs and builds with exactly the commands CI runs", () => {
    const ci = ciCommands();
    const builds = npmCommands.filter((c) => !PACKAGING.some((p) => p.test(c)));
    expect(builds).toEqual(["npm install --no-audit --no-fund", "npm run build"]);
    for (const command of builds) expect(ci, `${command} absent de .ci/run / npm test`).toContain(command);
  });

  it("runs nothing else than those and packaging steps", () => {
    const other = commands.filter((c) => !c.startsWith("npm ") && !PACKAGING.some((p) => p.test(c)));
    expect(other).toEqual([]);
  });

  it("builds in stages and serves as a user other than root", () => {
    const stages = dockerfile.filter((i) => i.keyword === "FROM");
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const lastStage = dockerfile.slice(dockerfile.lastIndexOf(stages.at(-1)!));
    const user = lastStage.filter((i) => i.keyword === "USER").at(-1)?.args;
    expect(user).toBeTruthy();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(lastStage.some((i) => i.keyword === "COPY" && i.args.startsWith("--from="))).toBe(true);
  });

  it("ships the standalone server that next.config.js asks for, started by scripts/start.ts", async () => {
    const { default: config } = await import("../next.config.js");
    expect(config("phase-production-server").output).toBe("standalone");
    expect(read("scripts/start.ts")).toContain(".next/standalone");
    expect(dockerfile.at(-1)).toEqual({ keyword: "CMD", args: expect.stringContaining("scripts/start.ts") });
  });

  it("keeps secrets, databases and builds out of the image context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of [".env", "node_modules", ".next", "data", "*.db"]) expect(ignored).toContain(entry);
  });
});
