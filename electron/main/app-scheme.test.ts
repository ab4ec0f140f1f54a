import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_ENTRY_URL, contentTypeFor, rendererFileFor } from './app-scheme.js';

const rendererDir = path.resolve('/opt/firebreak/out/renderer');

describe('rendererFileFor', () => {
  it('maps app://firebreak/<path> beneath the renderer folder, ignoring query and fragment', () => {
    expect(rendererFileFor(RENDERER_ENTRY_URL, rendererDir)).toBe(
      path.join(rendererDir, 'index.html'),
    );
    expect(rendererFileFor('app://firebreak/assets/a%20b.js?v=1#x', rendererDir)).toBe(
      path.join(rendererDir, 'assets', 'a b.js'),
    );
  });

  it.each([
    'app://user:pw@firebreak/index.html',
    'app://FIREBREAK/index.html', // Chromium lower-cases a standard scheme's host before this
    'app:///index.html',
    'file:///opt/firebreak/out/renderer/index.html',
    'https://firebreak/index.html',
    'app://firebreak/%2e%2e%2findex.html',
    'app://firebreak/.%2e%2fsecret',
    'app://firebreak/...%2findex.html',
    'app://firebreak/..%20/index.html',
    'app://firebreak/index.html.',
    'app://firebreak/assets%5c..%5c..%5csecret',
    'app://firebreak/%2fopt%2ffirebreak%2fsecret',
    'app://firebreak/c:%2fsecret',
    'app://firebreak/assets/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(rendererFileFor(url, rendererDir)).toBeUndefined();
  });
});

describe('contentTypeFor', () => {
  it('types what a Vite build emits and leaves the rest opaque', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/index-x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('assets/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('assets/logo.png')).toBe('image/png');
    expect(contentTypeFor('Makefile')).toBe('application/octet-stream');
  });
});
