/**
 * @prisma/adapter-pg (7.10) as the schema engine's database driver, with the two gaps that only show
 * up when it drives the engine instead of a PrismaClient fixed:
 *  - executeScript splits scripts on every ";", breaking `$$` bodies and quoted semicolons;
 *  - the engine's introspection reads catalog columns of PostgreSQL's one-byte "char" type
 *    (pg_constraint.contype, pg_class.relkind, ...) as characters, and adapter-pg rejects that type.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;
/** Appended to the names of "char" columns on their way through adapter-pg (names are not used for array rows). */
const CHAR_MARK = "\u0000char";

/**
 * One connection, never closed while idle: the engine holds `pg_advisory_lock` on its session, as
 * the native engine does, and a PGlite socket server serves a single session anyway.
 */
export function enginePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 1, idleTimeoutMillis: 0 });
  // Before pg builds its row parsers, present "char" columns as text — which adapter-pg accepts and
  // leaves as the one-letter string — and mark them so queryRaw can report them as Character.
  pool.on("connect", (client) => {
    client.connection.prependListener(
      "rowDescription",
      (msg: { fields: { name: string; dataTypeID: number }[] }) => {
        for (const field of msg.fields) {
          if (field.dataTypeID !== CHAR_OID) continue;
          field.dataTypeID = TEXT_OID;
          field.name += CHAR_MARK;
        }
      },
    );
  });
  return pool;
}

function withCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames.forEach((name, i) => {
      if (!name.endsWith(CHAR_MARK)) return;
      result.columnNames[i] = name.slice(0, -CHAR_MARK.length);
      result.columnTypes[i] = ColumnTypeEnum.Character;
    });
    return result;
  };
  return queryable;
}

export function adapterFactory(pool: pg.Pool) {
  const pgFactory = new PrismaPg(pool);
  return bindMigrationAwareSqlAdapterFactory({
    provider: pgFactory.provider,
    adapterName: pgFactory.adapterName,
    async connect() {
      const adapter = withCharColumns(await pgFactory.connect());
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) =>
        withCharColumns(await startTransaction(isolationLevel));
      // Like the native engine, send a migration as one simple-protocol query (one implicit
      // transaction); a parameterless executeRaw is exactly that.
      adapter.executeScript = async (script) => {
        await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
      };
      return adapter;
    },
    connectToShadowDb: () => Promise.reject(new Error("Shelfloop migrations never use a shadow database")),
  });
}
