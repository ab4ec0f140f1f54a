/**
 * The gateway as its own process, so a fault test can kill it (SIGKILL: no shutdown, no flush)
 * and start it again on the same database and port, as an operator's supervisor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../../server/db/client.js';
import { loadFixtures } from '../../../server/testing/fixtures.js';
import { TEST_WEBHOOK_SECRET } from '../../../server/testing/harness.js';

const root = path.resolve(import.meta.dirname, '../../..');

export interface GatewayProcess {
  readonly url: string;
  readonly port: number;
  /** Starts (or starts again) and resolves once it answers `/health`. */
  start(): Promise<void>;
  /** SIGKILL, and resolves once the process is gone. */
  kill(): Promise<void>;
  /** Kills the process if it runs, then opens its database here to look at what it stored. */
  inspect<T>(look: (database: Database) => Promise<T>): Promise<T>;
  /** What the process wrote to stderr (for a failing test's message). */
  stderr(): string;
  /** Stops it and removes its data. */
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * A gateway over a PGlite folder of its own holding the test fixtures (or a PostgreSQL database,
 * `databaseUrl`), on a fixed 127.0.0.1 port. `env` adds or overrides configuration.
 */
export async function gatewayProcess(
  options: { env?: Record<string, string>; databaseUrl?: string; prepare?: (database: Database) => Promise<void> } = {},
): Promise<GatewayProcess> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'firebreak-faults-'));
  const database = await openDatabase({ dataDir, databaseUrl: options.databaseUrl });
  await loadFixtures(database);
  await options.prepare?.(database);
  await database.close();
  const port = await freePort();
  const url = `http://127.0.0.1:${String(port)}`;
  let child: ChildProcess | null = null;
  let stderr = '';

  // Not the test runner's environment (NODE_ENV=test, VITEST…): the gateway as an operator runs it.
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    FIREBREAK_PORT: String(port),
    FIREBREAK_HOST: '127.0.0.1',
    FIREBREAK_DATA_DIR: dataDir,
    FIREBREAK_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    FIREBREAK_LOG_LEVEL: 'warn',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  };

  let lastAnswer = '';
  const waitForHealth = async (deadline: number) => {
    while (Date.now() < deadline) {
      if (child?.exitCode !== null) throw new Error(`the gateway exited: ${stderr}`);
      try {
        const res = await fetch(`${url}/healthz`);
        if (res.ok) return;
        lastAnswer = `${String(res.status)} ${await res.text()}`;
      } catch (error) {
        lastAnswer = String(error); // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the gateway did not start in time (/healthz: ${lastAnswer}): ${stderr}`);
  };

  const kill = async () => {
    const running = child;
    child = null;
    if (running === null || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  };

  return {
    url,
    port,
    async start() {
      if (child !== null) throw new Error('already running');
      child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-20_000);
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-20_000);
      });
      await waitForHealth(Date.now() + 60_000);
    },
    kill,
    async inspect(look) {
      await kill();
      const opened = await openDatabase({ dataDir, databaseUrl: options.databaseUrl });
      try {
        return await look(opened);
      } finally {
        await opened.close();
      }
    },
    stderr: () => stderr,
    async dispose() {
      await kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
