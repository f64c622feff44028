// Prisma's schema engine, compiled to WebAssembly, driven through the same driver
// adapters as the client: migrations apply without the native schema-engine binary,
// which cannot be downloaded everywhere (docs/decisions/0001-migrations-without-the-engine-binary.md).
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { adapterFor } from "./adapter";
import { providerOf } from "./url";

const require = createRequire(import.meta.url);

let glue: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

function loadGlue() {
  glue ??= (async () => {
    const entry = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const module = await import(entry);
    const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": module });
    module.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return module;
  })();
  return glue;
}

const CHAR_OID = 18;
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function charAsText(result: unknown) {
  for (const field of (result as QueryResultLike | undefined)?.fields ?? []) {
    if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/**
 * A pool whose results report PostgreSQL's one-byte "char" type (pg_catalog columns
 * read when the engine introspects a live database) as text: the driver adapter has
 * no mapping for it and would refuse the whole introspection.
 */
function introspectionPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const last = args.at(-1);
      if (typeof last === "function") {
        return query(...args.slice(0, -1), (error: unknown, result: unknown) => last(error, charAsText(result)));
      }
      const outcome = query(...args);
      return outcome instanceof Promise ? outcome.then(charAsText) : outcome;
    };
  });
  return pool;
}

export type EngineLog = (message: string) => void;

/**
 * Runs `work` with a schema engine connected to the database at `url` and knowing the
 * given schema, then releases the engine and every connection it opened (a connection
 * left open would keep an SQLite file locked for the next engine).
 */
export async function withSchemaEngine<T>(
  url: string,
  schema: { path: string; content: string },
  work: (engine: SchemaEngine) => Promise<T>,
  log: EngineLog = () => {},
): Promise<T> {
  const { SchemaEngine } = await loadGlue();
  const factory = providerOf(url) === "postgresql" ? new PrismaPg(introspectionPool(url), { disposeExternalPool: true }) : adapterFor(url);
  const opened: SqlDriverAdapter[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => remember(await factory.connect()),
    connectToShadowDb: async () => remember(await factory.connectToShadowDb()),
  };
  function remember(connection: SqlDriverAdapter) {
    opened.push(connection);
    return connection;
  }
  const engine = await SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((connection) => connection.dispose()));
  }
}
