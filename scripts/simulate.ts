/** `npm run simulate -- --contacts-per-minute 6`: traffic through the public API. */
import { Command, InvalidArgumentError } from 'commander';
import { DEV_WEBHOOK_SECRET } from '../server/config.js';
import { runSimulator } from './lib/simulator.js';

const positive = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${name} must be a number ≥ 0`);
  return n;
};

const program = new Command()
  .name('simulate')
  .description('Places voice/chat contacts and touchpoints through the signed public API')
  .option('--url <url>', 'gateway base URL', process.env.FIREBREAK_URL ?? 'http://127.0.0.1:4300')
  .option('--customers <n>', 'customer ids CUS-000001…N to use (as seeded)', positive('--customers'), 5000)
  .option('--contacts-per-minute <n>', 'inbound contacts per minute', positive('--contacts-per-minute'), 4)
  .option('--touchpoints-per-second <n>', 'touchpoint events per second', positive('--touchpoints-per-second'), 2)
  .option('--duration <seconds>', 'stop after this long (0 = until Ctrl-C)', positive('--duration'), 0)
  .parse();

const opts = program.opts<{ url: string; customers: number; contactsPerMinute: number; touchpointsPerSecond: number; duration: number }>();
const controller = new AbortController();
process.once('SIGINT', () => {
  controller.abort();
});
const stats = await runSimulator(
  {
    url: opts.url,
    secret: process.env.FIREBREAK_WEBHOOK_SECRET || DEV_WEBHOOK_SECRET,
    customers: opts.customers,
    contactsPerMinute: opts.contactsPerMinute,
    touchpointsPerSecond: opts.touchpointsPerSecond,
    durationSeconds: opts.duration,
    log: (line) => {
      console.log(line);
    },
  },
  controller.signal,
);
console.log(`simulator stopped: ${stats.contacts} contacts, ${stats.touchpoints} touchpoints, ${stats.failures} failures`);
