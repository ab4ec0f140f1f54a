import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../testing/fake-electron.js';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';

const fake = fakeElectron();
const policy = "default-src 'none'; script-src 'self'";
let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'firebreak-app-protocol-'));
  rendererDir = path.join(root, 'out', 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Firebreak</title>');
  await writeFile(path.join(rendererDir, 'assets', 'index-Ab1.js'), 'export const x = 1;');
  await writeFile(path.join(rendererDir, 'assets', 'index-Ab1.css'), 'body{margin:0}');
  await writeFile(path.join(rendererDir, 'assets', 'logo.SVG'), '<svg/>');
  await writeFile(path.join(rendererDir, 'assets', 'blob.bin'), 'bytes');
  // Secrets beside and above the renderer folder: traversal would reach these.
  await writeFile(path.join(root, 'out', 'secret.txt'), 'secret');
  await writeFile(path.join(root, 'secret.txt'), 'secret');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

beforeEach(async () => {
  fake.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await app.whenReady();
  handleAppProtocol({ rendererDir, contentSecurityPolicy: policy });
});

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure, fetch- and CORS-enabled scheme', () => {
    fake.reset();
    registerAppScheme();

    expect(fake.protocol.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
  });

  it('cannot be done once the app is ready (Electron throws)', () => {
    expect(() => {
      registerAppScheme();
    }).toThrow('before app is ready');
  });
});

describe('the app:// handler', () => {
  it.each([
    [
      'app://firebreak/index.html',
      'text/html; charset=utf-8',
      '<!doctype html><title>Firebreak</title>',
    ],
    [
      'app://firebreak/assets/index-Ab1.js',
      'text/javascript; charset=utf-8',
      'export const x = 1;',
    ],
    ['app://firebreak/assets/index-Ab1.css?v=2', 'text/css; charset=utf-8', 'body{margin:0}'],
    ['app://firebreak/assets/logo.SVG', 'image/svg+xml', '<svg/>'],
    ['app://firebreak/assets/blob.bin', 'application/octet-stream', 'bytes'],
  ])('serves %s as %s with the CSP', async (url, contentType, body) => {
    const response = await fake.protocol.request(url);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    await expect(response.text()).resolves.toBe(body);
  });

  it('answers HEAD without a body, and refuses other methods', async () => {
    const head = await fake.protocol.request(
      new Request('app://firebreak/index.html', { method: 'HEAD' }),
    );
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    await expect(head.text()).resolves.toBe('');

    const post = await fake.protocol.request(
      new Request('app://firebreak/index.html', { method: 'POST', body: 'x' }),
    );
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    'app://firebreak/../../etc/passwd',
    'app://firebreak/../secret.txt',
    'app://firebreak/%2e%2e%2fsecret.txt',
    'app://firebreak/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://firebreak/%2E%2E/%2E%2E/secret.txt',
    'app://firebreak/assets/..%2f..%2fsecret.txt',
    'app://firebreak/..%5csecret.txt',
    'app://firebreak/%2fetc%2fpasswd',
    'app://firebreak//etc/passwd',
    'app://firebreak/C:%5cWindows%5cwin.ini',
    'app://firebreak/index.html%00.js',
    'app://firebreak/%E0%A4%A',
    'app://evil/index.html',
    'app://firebreak.evil/index.html',
    'app://firebreak:8080/index.html',
  ])('answers 404 to %s, still with the CSP', async (url) => {
    const response = await fake.protocol.request(url);

    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(policy);
    await expect(response.text()).resolves.toBe('');
  });

  it.each(['app://firebreak/missing.js', 'app://firebreak/assets', 'app://firebreak/'])(
    'answers 404 to %s (missing file or a folder)',
    async (url) => {
      expect((await fake.protocol.request(url)).status).toBe(404);
    },
  );

  it('registers once: a second handler for app: is an error, as in Electron', () => {
    expect(() => {
      handleAppProtocol({ rendererDir, contentSecurityPolicy: policy });
    }).toThrow('Failed to register protocol: app');
  });
});
