/** The built main bundle resolves no module inside app.asar at run time: only Electron and Node's own. */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './boot-harness';

describe('the main bundle', () => {
  it('imports nothing at run time but Electron and Node’s own modules', () => {
    const bundle = readFileSync(path.join(ROOT, 'dist', 'main', 'index.js'), 'utf8');
    const imported = [...bundle.matchAll(/^import [^'"]*?from ['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
    const required = [...bundle.matchAll(/__require\(["']([^"']+)["']\)/g)].map((m) => m[1] ?? '');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect([...imported, ...required].filter((name) => name !== 'electron' && !builtins.has(name))).toEqual(
      [],
    );
  });
});
