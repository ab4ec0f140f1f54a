/**
 * The embedded database's own thread: PGlite (PostgreSQL compiled to WebAssembly) runs here, so
 * its statements take a core of their own instead of the gateway's event loop. Plain JavaScript:
 * Node loads it as it is under tsx, vitest and the packaged gateway alike. The gateway's side is
 * `pglite-thread.ts`; the messages are its `WorkerRequest` and `WorkerReply`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';
import { PreparedStatements } from './pglite-statements.mjs';

/**
 * drizzle-orm's PGlite driver keeps dates, timestamps and intervals (and their arrays) as
 * PostgreSQL's text; its parsers are functions, which cannot cross threads, so they live here.
 */
const KEEP_AS_TEXT = Object.fromEntries(
  [
    types.TIMESTAMP,
    types.TIMESTAMPTZ,
    types.INTERVAL,
    types.DATE,
    1231,
    1115,
    1185,
    1187,
    1182,
  ].map((type) => [type, (value) => value]),
);

/** A database error as plain data: its message and every field PostgreSQL gave (code, constraint, …). */
function plainError(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const fields = {};
  for (const [key, value] of Object.entries(error)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { ...fields, name: error.name, message: error.message };
}

const { dataDir } = workerData;
const db = dataDir === null ? new PGlite() : new PGlite(dataDir);
const statements = new PreparedStatements(db);

try {
  await db.waitReady;
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: plainError(error) });
}

parentPort.on('message', (request) => {
  if (request.close) {
    // After the statements sent before it.
    statements
      .drained()
      .then(() => db.close())
      .then(
        () => parentPort.postMessage({ id: request.id, closed: true }),
        (error) => parentPort.postMessage({ id: request.id, error: plainError(error) }),
      );
    return;
  }
  // Queued at once, in the order the messages came: they run in that order, one at a time (an
  // urgent one before those still waiting, outside any transaction).
  const options = {
    ...(request.rowMode === undefined ? {} : { rowMode: request.rowMode }),
    ...(request.keepDatesAsText ? { parsers: KEEP_AS_TEXT } : {}),
    ...(request.csv === undefined ? {} : { blob: new Blob([request.csv]) }),
  };
  statements
    .query(request.sql, request.params ?? [], options, { urgent: request.urgent === true })
    .then(
      ({ rows, fields, affectedRows }) =>
        parentPort.postMessage({ id: request.id, result: { rows, fields, affectedRows } }),
      (error) => parentPort.postMessage({ id: request.id, error: plainError(error) }),
    );
});
