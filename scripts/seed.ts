/**
 * `npm run seed -- --customers N`: fills an empty database with deterministic demo data.
 * Refuses a database that already has data (unless --if-empty, which skips it instead).
 * Exit codes: 0 done or skipped, 1 refused or failed, 2 bad options (nothing written).
 */
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { SingleBar } from 'cli-progress';
import { openDatabase } from '../server/db/client.js';
import type { Database } from '../server/db/client.js';
import {
  DEFAULT_SEED,
  DEMO_AGENTS,
  MAX_CUSTOMERS,
  readSeedState,
  seedDatabase,
} from '../server/seed/seed.js';
import type { SeedPhase, SeedSummary } from '../server/seed/seed.js';

interface CliOptions {
  customers: number;
  seed: number;
  anchor: Date | undefined;
  dataDir: string;
  ifEmpty: boolean;
}

class UsageError extends Error {}

function wholeNumber(flag: string, raw: string, max: number): number {
  if (!/^\d+$/.test(raw.trim()))
    throw new UsageError(`${flag} must be a whole number ≥ 0 (got "${raw}")`);
  const value = Number(raw);
  if (value > max) throw new UsageError(`${flag} must be at most ${max} (got ${raw})`);
  return value;
}

function parseAnchor(raw: string | undefined): Date | undefined {
  if (raw === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = new Date(`${raw}T00:00:00Z`);
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
    throw new UsageError(`--anchor must be a date YYYY-MM-DD (got "${raw}")`);
  }
  return date;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const program = new Command('seed')
    .description('Fill an empty Firebreak database with deterministic demo data.')
    .option('--customers <n>', 'number of customers', '5000')
    .option('--seed <n>', 'random seed (same seed, same data)', String(DEFAULT_SEED))
    .option('--anchor <YYYY-MM-DD>', 'day everything is relative to (default: today, UTC)')
    .option(
      '--data-dir <dir>',
      'PGlite data folder (ignored when DATABASE_URL is set)',
      process.env['FIREBREAK_DATA_DIR'] ?? '.firebreak',
    )
    .option('--if-empty', 'skip quietly when the database is already seeded', false)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  program.parse(argv, { from: 'user' });
  const raw = program.opts<{
    customers: string;
    seed: string;
    anchor?: string;
    dataDir: string;
    ifEmpty: boolean;
  }>();
  return {
    customers: wholeNumber('--customers', raw.customers, MAX_CUSTOMERS),
    seed: wholeNumber('--seed', raw.seed, 0xffff_ffff),
    anchor: parseAnchor(raw.anchor),
    dataDir: raw.dataDir,
    ifEmpty: raw.ifEmpty,
  };
}

function progressReporter(total: number): {
  onProgress: (done: number, all: number, phase: SeedPhase) => void;
  stop: () => void;
} {
  const started = Date.now();
  const rate = (done: number) => Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
  if (process.stdout.isTTY) {
    const bar = new SingleBar({
      format:
        'seeding [{bar}] {value}/{total} customers | {rate}/s | {phase} | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
    });
    bar.start(total, 0, { rate: 0, phase: 'reference' });
    return {
      onProgress: (done, _all, phase) => bar.update(done, { rate: rate(done), phase }),
      stop: () => bar.stop(),
    };
  }
  let lastPhase: SeedPhase | null = null;
  return {
    onProgress: (done, all, phase) => {
      if (phase === 'customers' && done > 0)
        console.log(`seed: ${done}/${all} customers (${rate(done)}/s)`);
      else if (phase !== lastPhase && phase !== 'customers') console.log(`seed: ${phase}…`);
      lastPhase = phase;
    },
    stop: () => undefined,
  };
}

function printSummary(summary: SeedSummary, seconds: number, usingDefaultPassword: boolean): void {
  console.log(`\nSeeded in ${seconds.toFixed(1)} s:`);
  for (const [table, rows] of Object.entries(summary) as [string, number][]) {
    console.log(`  ${table.padEnd(12)} ${rows.toLocaleString('en')}`);
  }
  const names = DEMO_AGENTS.filter((a) => !/^agent\d+$/.test(a.username)).map(
    (a) => `${a.username} (${a.role})`,
  );
  console.log(`\nSign in as ${names.join(', ')} or agent01…agent20 (csr).`);
  console.log(
    usingDefaultPassword
      ? 'Password: firebreak-demo'
      : 'Password: the value of FIREBREAK_DEMO_PASSWORD',
  );
}

async function main(): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      console.error(`seed: ${error.message}. Nothing was written.`);
      return 2;
    }
    throw error;
  }
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  const envPassword = process.env['FIREBREAK_DEMO_PASSWORD'];
  const demoPassword = envPassword || 'firebreak-demo';
  const where = databaseUrl
    ? 'the PostgreSQL database in DATABASE_URL'
    : path.resolve(options.dataDir);

  const database: Database = await openDatabase({ dataDir: options.dataDir, databaseUrl });
  try {
    const state = await readSeedState(database);
    if (state.state === 'seeded') {
      if (options.ifEmpty) {
        console.log(
          `seed: skipped, ${where} is already seeded (${state.customers.toLocaleString('en')} customers).`,
        );
        return 0;
      }
      console.error(
        `seed: refusing to seed ${where}: it already has ${state.customers.toLocaleString('en')} customers. Use --if-empty to skip, or delete the data and run again.`,
      );
      return 1;
    }
    if (state.state === 'incomplete') {
      console.error(
        `seed: ${where} holds a seed that did not finish (${state.customers.toLocaleString('en')} customers, no agents). Delete the data and run again.`,
      );
      return 1;
    }
    if (state.state === 'not_empty') {
      console.error(
        `seed: ${where} already has ${state.agents} agents but no seed data; refusing to mix. Use a fresh database.`,
      );
      return 1;
    }
    console.log(
      `seed: ${options.customers.toLocaleString('en')} customers, seed ${options.seed}, into ${where}`,
    );
    const reporter = progressReporter(options.customers);
    const started = Date.now();
    try {
      const summary = await seedDatabase(database, {
        customers: options.customers,
        seed: options.seed,
        anchor: options.anchor,
        demoPassword,
        onProgress: reporter.onProgress,
      });
      reporter.stop();
      printSummary(summary, (Date.now() - started) / 1000, !envPassword);
      return 0;
    } catch (error) {
      reporter.stop();
      throw error;
    }
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('seed: failed:', error instanceof Error ? error.message : error);
    console.error(
      process.env['DATABASE_URL']
        ? 'Nothing is marked as seeded (agents are written last); drop the partial data before retrying.'
        : 'The seed ran in one transaction; nothing was kept.',
    );
    process.exitCode = 1;
  },
);
