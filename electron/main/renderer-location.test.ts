import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRendererUrl, rendererUrl, resolveRendererLocation } from './renderer-location.js';
import type { RendererLocation } from './renderer-location.js';

const rendererDir = path.resolve('/opt/firebreak/out/renderer');
const built: RendererLocation = { kind: 'bundled', rendererDir };
const dev: RendererLocation = { kind: 'dev-server', url: new URL('http://localhost:5173/') };

describe('isRendererUrl', () => {
  it('accepts app://firebreak/index.html, whatever its route in query or fragment', () => {
    expect(isRendererUrl(built, 'app://firebreak/index.html')).toBe(true);
    expect(isRendererUrl(built, 'app://firebreak/index.html#/contacts/42')).toBe(true);
    expect(isRendererUrl(built, 'app://firebreak/index.html?tab=voc')).toBe(true);
  });

  it('rejects other documents, other app:// hosts, file:// and garbage', () => {
    for (const url of [
      'app://firebreak/other.html',
      'app://firebreak/assets/index.js',
      'app://evil/index.html',
      'app://firebreak.evil/index.html',
      'app://user@firebreak/index.html',
      'app://firebreak:8080/index.html',
      pathToFileURL(path.join(rendererDir, 'index.html')).href,
      'https://firebreak/index.html',
      'https://evil.example/index.html',
      'not a url',
    ]) {
      expect(isRendererUrl(built, url), url).toBe(false);
    }
  });

  it('accepts any page of the dev server and nothing else', () => {
    expect(isRendererUrl(dev, 'http://localhost:5173/')).toBe(true);
    expect(isRendererUrl(dev, 'http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isRendererUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isRendererUrl(dev, 'app://firebreak/index.html')).toBe(false);
  });
});

describe('resolveRendererLocation', () => {
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

describe('rendererUrl', () => {
  it('is the entry document for the main view, as before', () => {
    expect(rendererUrl(built)).toBe('app://firebreak/index.html');
    expect(rendererUrl(dev, 'main')).toBe('http://localhost:5173/');
  });

  it('names the pop view in the query, which isRendererUrl still accepts', () => {
    expect(rendererUrl(built, 'pop')).toBe('app://firebreak/index.html?view=pop');
    expect(rendererUrl(dev, 'pop')).toBe('http://localhost:5173/?view=pop');
    expect(isRendererUrl(built, rendererUrl(built, 'pop'))).toBe(true);
    expect(isRendererUrl(dev, rendererUrl(dev, 'pop'))).toBe(true);
  });
});
