import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { adapterFactory, enginePool } from "./adapter";

export type SchemaEngine = bindings.SchemaEngine;

// The project's lib (ES2023, no DOM) has no types for the global WebAssembly API; this is the part used.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let loaded: Promise<void> | undefined;

/**
 * The wasm glue reports a Rust panic here right before trapping. The trap surfaces as an uncaught
 * "RuntimeError: unreachable" that ends the process, so print the reason first.
 */
const panicRegistry = {
  set_message(message: string) {
    process.stderr.write(`Prisma schema engine panicked: ${message}\n`);
  },
};

/**
 * Instantiates the schema engine's wasm once per process. The package's entry point does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot load, so we wire the
 * JS glue (schema_engine_bg.js) to the wasm instance ourselves, exactly as that entry point would.
 */
function loadEngine(): Promise<void> {
  loaded ??= (async () => {
    Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: panicRegistry });
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const imports: Record<string, unknown> = { ...bindings };
    // The glue has no clearTimeout: the engine's timers (e.g. its pg_advisory_lock timeout) always run
    // out, so unref them or a finished migration keeps the process alive for another 10 s.
    for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (fn: () => void, ms: number) => setTimeout(fn, ms >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": imports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

/** Runs `fn` with a schema engine connected to `connectionString`, then releases the connection. */
export async function withSchemaEngine<T>(
  connectionString: string,
  schema: string,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadEngine();
  const pool = enginePool(connectionString);
  try {
    const engine = await bindings.SchemaEngine.new(
      { datamodels: [["schema.prisma", schema]] },
      () => {}, // engine tracing (JSON lines); errors still arrive as rejections
      adapterFactory(pool),
    );
    try {
      return await fn(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}
