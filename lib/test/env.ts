import { afterEach, beforeEach } from "vitest";
import { resetEnvForTests } from "@/lib/config/env";

/** Sets environment variables for each test of the enclosing suite, and restores them after. */
export function withEnv(values: Record<string, string>) {
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    for (const [name, value] of Object.entries(values)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    resetEnvForTests();
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetEnvForTests();
  });
}
