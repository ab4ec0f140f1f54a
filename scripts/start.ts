/**
 * `npm start`: the whole product on one machine — embedded gateway (PGlite), demo data,
 * the traffic simulator and the desktop. Where Electron's runtime is not installed (it cannot
 * be downloaded everywhere), the same app is served to the browser instead.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { loadConfigOrExit } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { agents } from '../server/db/schema.js';
import { createGateway } from '../server/gateway.js';
import { DEMO_AGENTS, seedDatabase } from '../server/seed/seed.js';
import { runSimulator } from './lib/simulator.js';
import { ensureWebBuild } from './lib/web-build.js';

const root = path.resolve(import.meta.dirname, '..');
const DEMO_CUSTOMERS = Number(process.env.FIREBREAK_DEMO_CUSTOMERS ?? 5000);

function electronBinary(): string | null {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

async function main(): Promise<void> {
  const config = { ...loadConfigOrExit(), webRoot: ensureWebBuild() };

  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, timeoutMs: config.dbTimeoutMs, poolSize: config.dbPoolSize });
  const seeded = ((await database.db.select({ n: count() }).from(agents))[0]?.n ?? 0) > 0;
  if (!seeded) {
    console.log(`Seeding ${DEMO_CUSTOMERS} demo customers into ${config.databaseUrl ? 'PostgreSQL' : config.dataDir}…`);
    await seedDatabase(database, { customers: DEMO_CUSTOMERS, demoPassword: config.demoPassword });
  }

  const gateway = await createGateway(config, { database });
  const url = await gateway.listen();

  const simulator = new AbortController();
  const simulatorDone = runSimulator(
    {
      url,
      secret: config.webhookSecret,
      customers: DEMO_CUSTOMERS,
      contactsPerMinute: Number(process.env.FIREBREAK_SIM_CONTACTS_PER_MINUTE ?? 3),
      touchpointsPerSecond: Number(process.env.FIREBREAK_SIM_TOUCHPOINTS_PER_SECOND ?? 1),
      durationSeconds: 0,
    },
    simulator.signal,
  );

  const signIns = DEMO_AGENTS.slice(0, 4)
    .map((a) => `    ${a.username.padEnd(14)} ${a.role}`)
    .join('\n');
  const binary = electronBinary();
  let desktop: ReturnType<typeof spawn> | null = null;
  if (binary && process.env.FIREBREAK_NO_DESKTOP !== '1') {
    console.log('Building and starting the desktop (Electron)…');
    await new Promise<void>((resolve, reject) => {
      spawn('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' }).on('exit', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`electron-vite build exited with ${code ?? 'a signal'}`));
      });
    });
    desktop = spawn(binary, [root], { cwd: root, stdio: 'inherit', env: { ...process.env, FIREBREAK_GATEWAY_URL: url } });
  } else {
    console.log(
      "\nElectron's runtime is not installed on this machine (its binary could not be downloaded),\n" +
        'so the desktop is served to your browser instead — the same app, in web mode.',
    );
  }
  console.log(
    `\nFirebreak is running.\n  App:       ${url}/\n  API docs:  ${url}/docs\n` +
      `  Sign in as (password: ${config.demoPassword === 'firebreak-demo' ? 'firebreak-demo' : 'your FIREBREAK_DEMO_PASSWORD'}):\n${signIns}\n` +
      '  The simulator places a contact every ~20 s. Ctrl-C stops everything.\n',
  );

  const stop = () => {
    simulator.abort();
    desktop?.kill();
    void simulatorDone
      .then(() => gateway.close())
      .then(() => database.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  desktop?.on('exit', stop);
}

void main();
