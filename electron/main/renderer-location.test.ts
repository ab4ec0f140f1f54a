import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRendererUrl, resolveRendererLocation } from './renderer-location.js';
import type { RendererLocation } from './renderer-location.js';

const indexPath = path.resolve('/opt/firebreak/out/renderer/index.html');
const built: RendererLocation = { kind: 'file', indexPath };
const dev: RendererLocation = { kind: 'dev-server', url: new URL('http://localhost:5173/') };

describe('isRendererUrl', () => {
  it('accepts the built index.html, whatever its route in query or fragment', () => {
    const url = pathToFileURL(indexPath).href;
    expect(isRendererUrl(built, url)).toBe(true);
    expect(isRendererUrl(built, `${url}#/contacts/42`)).toBe(true);
    expect(isRendererUrl(built, `${url}?tab=voc`)).toBe(true);
  });

  it('rejects other files, remote file shares, other schemes and garbage', () => {
    expect(isRendererUrl(built, pathToFileURL('/opt/firebreak/out/renderer/other.html').href)).toBe(
      false,
    );
    expect(isRendererUrl(built, `file://fileserver${pathToFileURL(indexPath).pathname}`)).toBe(
      false,
    );
    expect(isRendererUrl(built, 'https://evil.example/index.html')).toBe(false);
    expect(isRendererUrl(built, 'not a url')).toBe(false);
  });

  it('accepts any page of the dev server and nothing else', () => {
    expect(isRendererUrl(dev, 'http://localhost:5173/')).toBe(true);
    expect(isRendererUrl(dev, 'http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isRendererUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isRendererUrl(dev, pathToFileURL(indexPath).href)).toBe(false);
  });
});

describe('resolveRendererLocation', () => {
  const rendererDir = path.dirname(indexPath);

  it('uses the built files unless electron-vite’s dev server is set', () => {
    expect(resolveRendererLocation({ isPackaged: false, env: {}, rendererDir })).toEqual(built);
    expect(
      resolveRendererLocation({
        isPackaged: false,
        env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
        rendererDir,
      }),
    ).toEqual(dev);
  });

  it('never lets the environment redirect a packaged app', () => {
    expect(
      resolveRendererLocation({
        isPackaged: true,
        env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
        rendererDir,
      }),
    ).toEqual(built);
  });
});
