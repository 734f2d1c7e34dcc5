import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppPath } from '../../main/security/app-path';

const ROOT = path.resolve('/srv/yandu/dist/renderer');
const inside = (file: string | null): boolean => file !== null && file.startsWith(ROOT + path.sep);

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppPath(ROOT, 'yandu://app/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'yandu://app/assets/main-3f2a.js?v=1#x')).toBe(
      path.join(ROOT, 'assets', 'main-3f2a.js'),
    );
    expect(resolveAppPath(ROOT, 'yandu://app/assets/%E7%A0%94.svg')).toBe(
      path.join(ROOT, 'assets', '研.svg'),
    );
  });

  it('serves index.html for the root and for directories', () => {
    expect(resolveAppPath(ROOT, 'yandu://app')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'yandu://app/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'yandu://app/docs/')).toBe(path.join(ROOT, 'docs', 'index.html'));
  });

  it('keeps URL-normalised dot segments inside the root', () => {
    expect(resolveAppPath(ROOT, 'yandu://app/a/../index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'yandu://app/../../../etc/passwd')).toBe(path.join(ROOT, 'etc', 'passwd'));
    // The URL parser treats %2e%2e as a dot segment too, so this also stays under the root.
    expect(resolveAppPath(ROOT, 'yandu://app/assets/%2e%2e/%2e%2e/secret')).toBe(path.join(ROOT, 'secret'));
  });

  it.each([
    'yandu://app/..%2f..%2fetc%2fpasswd',
    'yandu://app/%2e%2e%2f%2e%2e%2fetc/passwd',
    'yandu://app/%2E%2E%2Fsecret',
    'yandu://app/..%5c..%5cwindows%5cwin.ini',
    'yandu://app/assets%5c..%5c..%5csecret',
    'yandu://app/%2fetc%2fpasswd',
    'yandu://app/C:/Windows/win.ini',
    'yandu://app/C%3A%5CWindows%5Cwin.ini',
    'yandu://app/index.html%00.png',
    'yandu://app/%00',
    'yandu://app/a//b.js',
    'yandu://app/%E0%A4%A',
    'yandu://app.evil.com/index.html',
    'yandu://evil/index.html',
    'yandu://APP/index.html',
    'yandu://app:1/index.html',
    'yandu://u:p@app/index.html',
    'file:///etc/passwd',
    'https://app/index.html',
    '/etc/passwd',
    '',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('never leaves the root, over 5,000 traversal-shaped URLs', () => {
    const pieces = fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E',
      '%2e%2e',
      '.%2e',
      '%2e.',
      '/',
      '%2f',
      '%2F',
      '\\',
      '%5c',
      '%5C',
      '%00',
      '\u0000',
      'etc',
      'passwd',
      'C:',
      '%3a',
      ':',
      'index.html',
      '~',
      '%252e',
      '%c0%ae',
      '..;',
      '?',
      '#',
      '%',
      ' ',
    );
    const pathArb = fc
      .array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 12 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(pathArb, (tail) => {
        const file = resolveAppPath(ROOT, `yandu://app/${tail}`);
        expect(file === null || inside(file)).toBe(true);
        if (file !== null) {
          const relative = path.relative(ROOT, file);
          expect(relative.split(path.sep)).not.toContain('..');
          expect(file).not.toContain('\u0000');
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('never answers for another scheme or host', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        expect(resolveAppPath(ROOT, url)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b/main-1.js', 'text/javascript; charset=utf-8'],
    ['style.CSS', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['unknown.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
