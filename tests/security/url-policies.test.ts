import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../main/security/app-scheme';
import {
  decidePermission,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSender,
} from '../../main/security/policies';

const LOOK_ALIKES = [
  'yandu://app.evil.com/',
  'yandu://app.evil.com/index.html',
  'yandu://evil.com/index.html',
  'yandu://evilapp/index.html',
  'yandu://APP/index.html',
  'YANDU://APP/',
  'yandu://app:8080/index.html',
  'yandu://user@app/index.html',
  'yandu://user:pass@app/index.html',
  'yandu:app/index.html',
  'yandu:/app/index.html',
  'yandu:///app/index.html',
  'yandux://app/index.html',
  'xyandu://app/index.html',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'about:srcdoc',
  'file:///etc/passwd',
  'file://app/index.html',
  'javascript:alert(1)',
  'blob:yandu://app/1234',
  'https://app/index.html',
  'http://yandu/app',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  '',
  'yandu',
  'null',
];

const permissions = fc.constantFrom(
  'media',
  'geolocation',
  'notifications',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'mediaKeySystem',
  'window-management',
  'unknown',
  'idle-detection',
  'storage-access',
  'hid',
  'serial',
  'usb',
);

describe('isAllowedNavigation and isTrustedSender', () => {
  it('accept the app page and other paths on the app host', () => {
    for (const url of [
      APP_ENTRY_URL,
      'yandu://app/',
      'yandu://app',
      'yandu://app/x/y.js?z#w',
      'YANDU://app/index.html',
    ]) {
      expect(isAllowedNavigation(url)).toBe(true);
      expect(isTrustedSender(url)).toBe(true);
    }
  });

  it.each(LOOK_ALIKES)('refuse the look-alike %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
    expect(isTrustedSender(url)).toBe(false);
  });

  it('refuse non-strings (a destroyed frame has no URL)', () => {
    for (const value of [undefined, null, 0, {}, ['yandu://app/'], new URL(APP_ENTRY_URL)]) {
      expect(isAllowedNavigation(value)).toBe(false);
      expect(isTrustedSender(value)).toBe(false);
    }
  });

  it('refuse 2,000 web URLs', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isAllowedNavigation(url)).toBe(false);
        expect(isTrustedSender(url)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse any URL whose host merely starts or ends with the app host', () => {
    fc.assert(
      fc.property(fc.domain(), fc.boolean(), (domain, before) => {
        const url = before ? `yandu://app.${domain}/index.html` : `yandu://${domain}.app/index.html`;
        expect(isTrustedSender(url)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('accept exactly the app scheme and host over random paths', () => {
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        expect(isTrustedSender(`yandu://app${path.startsWith('/') ? path : `/${path}`}`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decidePermission', () => {
  it('denies every permission, from any origin including the app', () => {
    fc.assert(
      fc.property(
        permissions,
        fc.oneof(fc.webUrl(), fc.constantFrom(APP_ENTRY_URL, '', 'null')),
        (permission, url) => {
          expect(decidePermission(permission, url)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
    fc.assert(fc.property(fc.string(), fc.string(), (p, u) => decidePermission(p, u) === false));
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts plain https links', () => {
    expect(isSafeExternalUrl('https://www.gov.cn/zhengce/')).toBe(true);
  });

  it.each([
    'http://www.gov.cn/',
    'https://user:pass@www.gov.cn/',
    'https://user@www.gov.cn/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'data:text/html,hi',
    'yandu://app/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'https:',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('over 2,000 URLs, accepts only https without credentials', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['http', 'https', 'ftp', 'file', 'smb'], withQueryParameters: true }),
        fc.option(fc.constantFrom('u@', 'u:p@')),
        (url, credentials) => {
          const candidate = credentials ? url.replace('://', `://${credentials}`) : url;
          const parsed = URL.canParse(candidate) ? new URL(candidate) : null;
          const expected = parsed?.protocol === 'https:' && parsed.username === '' && parsed.password === '';
          expect(isSafeExternalUrl(candidate)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
