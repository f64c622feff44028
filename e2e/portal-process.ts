// Portal servers a spec starts and stops itself (startup, outages, crashes, several
// instances): the build's standalone server, the one the Docker image runs, prepared by
// scripts/start.ts when the suite's own servers start.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { FORWARDED_HEADERS_PRELOAD } from "../lib/http/preload";

export const standaloneServer = path.resolve(import.meta.dirname, "../.next/standalone/server.js");
/** Node's arguments for the standalone server, as scripts/start.ts runs it. */
export const standaloneArgs = ["--import", FORWARDED_HEADERS_PRELOAD, standaloneServer];

/** A production environment for a spec's own server; `undefined` removes a variable. */
export function productionEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
  };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("pas de port"))));
    });
  });
}

export type PortalProcess = {
  server: ChildProcess;
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  /** Kills the server (SIGTERM unless told) and waits for it to be gone. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

/** Starts the standalone server on `port` and waits until it answers. */
export async function startPortal(env: NodeJS.ProcessEnv, port: number): Promise<PortalProcess> {
  let output = "";
  const server = spawn(process.execPath, standaloneArgs, {
    cwd: path.dirname(standaloneServer),
    env: { ...env, PORT: String(port), HOSTNAME: env.HOSTNAME ?? "127.0.0.1" },
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) break;
    const up = await fetch(`${url}/robots.txt`).then(
      () => true,
      () => false,
    );
    if (up) return { server, url, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop("SIGKILL");
  throw new Error(`le serveur n'a pas démarré :\n${output}`);
}
