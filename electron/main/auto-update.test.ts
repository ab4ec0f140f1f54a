import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UPDATE_CHECK_INTERVAL_MS, resolveUpdateFeed, startAutoUpdates } from './auto-update.js';
import type { AutoUpdates, Updater, UpdaterLogger } from './auto-update.js';

/** Stands in for electron-updater's autoUpdater when the test asks for the real import. */
const mocked = vi.hoisted((): { updater: unknown } => ({ updater: undefined }));
vi.mock('electron-updater', () => ({
  get autoUpdater() {
    return mocked.updater;
  },
}));

type CheckResult = Awaited<ReturnType<Updater['checkForUpdates']>>;

/** An updater that records what it was told and answers checks as the test says. */
class FakeUpdater extends EventEmitter implements Updater {
  logger: UpdaterLogger | null = null;
  autoDownload = false;
  autoInstallOnAppQuit = false;
  feeds: { provider: 'generic'; url: string }[] = [];
  checks = 0;
  answer: () => Promise<CheckResult> = () => Promise.resolve(null);

  setFeedURL(options: { provider: 'generic'; url: string }): void {
    this.feeds.push(options);
  }
  checkForUpdates(): Promise<CheckResult> {
    this.checks += 1;
    return this.answer();
  }
}

const fakeLog = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });
let log: ReturnType<typeof fakeLog>;
let updater: FakeUpdater;
let handle: AutoUpdates | undefined;

const start = (options: { isPackaged?: boolean; env?: Record<string, string> } = {}) =>
  startAutoUpdates({
    isPackaged: options.isPackaged ?? true,
    env: options.env ?? {},
    loadUpdater: () => Promise.resolve(updater),
    log,
  }).then((started) => {
    handle = started;
    return started;
  });

/** Captured before the tests fake timers: an unhandled rejection shows up after a real turn. */
const realSetImmediate = globalThis.setImmediate;

/** Lets the check started by startAutoUpdates (and its catch handlers) settle. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  log = fakeLog();
  updater = new FakeUpdater();
});

afterEach(() => {
  handle?.stop();
  handle = undefined;
  vi.useRealTimers();
});

describe('startAutoUpdates', () => {
  it('does nothing in a development (unpackaged) run: no updater, no checks', async () => {
    const loadUpdater = vi.fn(() => Promise.resolve(updater));

    const started = await startAutoUpdates({ isPackaged: false, env: {}, loadUpdater, log });
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS * 2);

    expect(started.active).toBe(false);
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(updater.checks).toBe(0);
    expect(log.info).toHaveBeenCalledWith('Automatic updates are off in development builds.');
  });

  it.each([
    ['plain http to another machine', 'http://updates.firebreak.example.com/desktop'],
    ['a file URL', 'file:///tmp/updates'],
    ['something that is not a URL', 'updates.firebreak.example.com'],
  ])('turns updates off with a clear error for %s', async (_case, url) => {
    const loadUpdater = vi.fn(() => Promise.resolve(updater));

    const started = await startAutoUpdates({
      isPackaged: true,
      env: { FIREBREAK_UPDATE_URL: url },
      loadUpdater,
      log,
    });
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);

    expect(started.active).toBe(false);
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(updater.checks).toBe(0);
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.error).toHaveBeenCalledWith(
      expect.stringMatching(
        new RegExp(
          `^FIREBREAK_UPDATE_URL=${JSON.stringify(url).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} .+; automatic updates are off\\.$`,
        ),
      ),
    );
  });

  it('never logs a password carried in a bad feed URL', async () => {
    await start({ env: { FIREBREAK_UPDATE_URL: 'http://ops:hunter2@updates.example.com/' } });

    expect(log.error).toHaveBeenCalledWith(
      expect.stringContaining('http://***@updates.example.com/'),
    );
    expect(JSON.stringify(log.error.mock.calls)).not.toContain('hunter2');
  });

  it('uses a good FIREBREAK_UPDATE_URL as a generic feed, downloads automatically and checks at once', async () => {
    const started = await start({
      env: { FIREBREAK_UPDATE_URL: 'https://updates.firebreak.example.com/desktop/' },
    });
    await settle();

    expect(started.active).toBe(true);
    expect(updater.feeds).toEqual([
      { provider: 'generic', url: 'https://updates.firebreak.example.com/desktop' },
    ]);
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.checks).toBe(1);
    expect(log.error).not.toHaveBeenCalled();
  });

  it('without FIREBREAK_UPDATE_URL keeps the feed baked into app-update.yml', async () => {
    await start();
    await settle();

    expect(updater.feeds).toEqual([]);
    expect(updater.checks).toBe(1);
    expect(log.info).toHaveBeenCalledWith(
      'Automatic updates on, from the feed built into this installer.',
    );
  });

  it('checks again every 4 hours until stopped', async () => {
    const started = await start();
    await settle();
    expect(updater.checks).toBe(1);

    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS - 1);
    expect(updater.checks).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(updater.checks).toBe(2);
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(updater.checks).toBe(3);

    started.stop();
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS * 3);
    expect(updater.checks).toBe(3);
  });

  it('logs through the app log, electron-updater’s own messages included', async () => {
    await start();
    updater.logger?.info('Checking for update');
    updater.logger?.warn('slow mirror');
    updater.logger?.error('Error: boom');

    expect(log.info).toHaveBeenCalledWith('updater: Checking for update');
    expect(log.warn).toHaveBeenCalledWith('updater: slow mirror');
    expect(log.error).toHaveBeenCalledWith('updater: Error: boom');
  });

  it('logs a failed check once, as electron-updater reports it (event, then rejection), and keeps checking', async () => {
    const offline = new Error('net::ERR_INTERNET_DISCONNECTED');
    updater.answer = () => {
      updater.emit('error', offline);
      return Promise.reject(offline);
    };

    await start();
    await settle();

    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.error).toHaveBeenCalledWith(
      'Automatic update failed: net::ERR_INTERNET_DISCONNECTED',
    );

    updater.answer = () => Promise.resolve(null);
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(updater.checks).toBe(2);
    expect(log.error).toHaveBeenCalledTimes(1);
  });

  it('catches and logs a check that throws or rejects without an error event', async () => {
    const broken = new Error('feed answered 500');
    updater.answer = () => Promise.reject(broken);

    await start();
    await settle();

    expect(log.error).toHaveBeenCalledWith('Checking for updates failed.', broken);

    updater.answer = () => {
      throw new TypeError('synchronous failure');
    };
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(log.error).toHaveBeenLastCalledWith(
      'Checking for updates failed.',
      expect.any(TypeError),
    );
  });

  it('never leaves a failed background download as an unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const corrupt = new Error('sha512 checksum mismatch');
      updater.answer = () =>
        Promise.resolve({
          downloadPromise: Promise.resolve().then(() => {
            updater.emit('error', corrupt);
            throw corrupt;
          }),
        });

      await start();
      await settle();
      await new Promise((resolve) => realSetImmediate(resolve));

      expect(log.error).toHaveBeenCalledWith('Automatic update failed: sha512 checksum mismatch');
      expect(log.error).toHaveBeenCalledTimes(1);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('turns updates off, logged, when the updater cannot be loaded or configured', async () => {
    const missing = new Error('Cannot find module electron-updater');
    const started = await startAutoUpdates({
      isPackaged: true,
      env: {},
      loadUpdater: () => Promise.reject(missing),
      log,
    });

    expect(started.active).toBe(false);
    expect(log.error).toHaveBeenCalledWith(
      'Automatic updates are off: the updater could not be set up.',
      missing,
    );
  });

  it('loads electron-updater’s autoUpdater when none is injected', async () => {
    mocked.updater = updater;

    handle = await startAutoUpdates({ isPackaged: true, env: {}, log });
    await settle();

    expect(handle.active).toBe(true);
    expect(updater.autoDownload).toBe(true);
    expect(updater.checks).toBe(1);
  });
});

describe('resolveUpdateFeed', () => {
  it('uses the built-in feed when the variable is unset or blank', () => {
    expect(resolveUpdateFeed({})).toEqual({ kind: 'built-in' });
    expect(resolveUpdateFeed({ FIREBREAK_UPDATE_URL: '  ' })).toEqual({ kind: 'built-in' });
  });

  it.each([
    [
      'https://updates.firebreak.example.com/desktop',
      'https://updates.firebreak.example.com/desktop',
    ],
    ['  https://updates.example.com  ', 'https://updates.example.com'],
    ['http://127.0.0.1:8080/feed/', 'http://127.0.0.1:8080/feed'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['http://[::1]:8080/', 'http://[::1]:8080'],
  ])('accepts %s', (value, url) => {
    expect(resolveUpdateFeed({ FIREBREAK_UPDATE_URL: value })).toEqual({ kind: 'override', url });
  });

  it.each([
    'http://updates.example.com/',
    'http://127.0.0.1.evil.example/',
    'http://localhost.evil.example/',
    'ftp://updates.example.com/',
    'javascript:alert(1)',
    'https://user:pw@updates.example.com/',
    'not a url',
    'https://updates.example.com/?channel=beta',
    'https://updates.example.com/#x',
  ])('refuses %s, and says updates are off', (value) => {
    const feed = resolveUpdateFeed({ FIREBREAK_UPDATE_URL: value });
    expect(feed).toMatchObject({ kind: 'invalid' });
    expect(feed.kind === 'invalid' && feed.message).toMatch(/automatic updates are off\.$/);
  });

  it('never repeats a password from the variable in its message', () => {
    const feed = resolveUpdateFeed({
      FIREBREAK_UPDATE_URL: 'https://u:s3cret@updates.example.com',
    });
    expect(feed.kind === 'invalid' && feed.message).toContain(
      'must not carry a user name or password',
    );
    expect(feed.kind === 'invalid' && feed.message).not.toContain('s3cret');
  });
});
