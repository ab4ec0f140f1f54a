/**
 * `npm run audit:verify`: checks the audit chain of the database the gateway uses (DATABASE_URL,
 * else the PGlite folder FIREBREAK_DATA_DIR) and reports the first broken link.
 * Exit codes: 0 the chain holds, 1 it is broken, 2 it could not be checked (bad options or
 * config, database unreachable).
 * PGlite is one process's: stop the gateway before verifying its embedded database.
 */
import { Command, CommanderError } from 'commander';
import { verifyAuditChain } from '../server/audit/audit-verify.js';
import { loadConfigOrExit } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';

interface CliOptions {
  dataDir: string | undefined;
  json: boolean;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const program = new Command('audit:verify')
    .description('Walk the audit chain, recompute every hash and report the first broken link.')
    .option(
      '--data-dir <dir>',
      'PGlite data folder (default: FIREBREAK_DATA_DIR; ignored with DATABASE_URL)',
    )
    .option('--json', 'print the verdict as JSON', false)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  program.parse(argv, { from: 'user' });
  return program.opts<CliOptions>();
}

async function main(): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const config = loadConfigOrExit();
  const database = await openDatabase({
    dataDir: options.dataDir ?? config.dataDir,
    databaseUrl: config.databaseUrl,
  });
  try {
    const verdict = await verifyAuditChain(database.db);
    if (options.json) console.log(JSON.stringify(verdict));
    else if (verdict.ok) {
      const before =
        verdict.legacyEntries > 0
          ? ` (+${verdict.legacyEntries} from before the chain, sealed in its genesis)`
          : '';
      console.log(
        `audit chain OK: ${verdict.entries} entries${before}, last hash ${verdict.lastHash}`,
      );
    } else {
      const { seq, id, problem, message } = verdict.broken;
      console.error(`audit chain BROKEN at seq ${seq} (id ${id ?? '-'}): ${problem}: ${message}`);
      console.error(`the ${verdict.entries} entries before it verify.`);
    }
    return verdict.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('audit:verify: failed:', error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
