/**
 * What the installers are built from (electron-builder.yml, package.json), checked without building them: the fuses
 * (security checklist item 19), names that work on every platform, file associations that match what the app opens,
 * and nothing shipped that the bundles already contain.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPORT_EXTENSIONS } from '../../main/reports/report-formats';

const ROOT = path.resolve(import.meta.dirname, '../..');
const builder = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('flips the fuses that close Node-level back doors, and keeps unsigned arm64 builds launchable', () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
    expect(builder.asar).toBe(true);
  });

  it('names executables in ASCII on Windows and Linux', () => {
    for (const platform of ['win', 'linux'] as const) {
      const name = (builder[platform] as { executableName?: string }).executableName;
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it('associates exactly the report extensions the app opens, as an alternate handler', () => {
    const associations = builder.fileAssociations as { ext: string; rank?: string; role?: string }[];
    expect(associations.map((a) => a.ext).sort()).toEqual([...REPORT_EXTENSIONS].sort());
    for (const association of associations)
      expect(association).toMatchObject({ rank: 'Alternate', role: 'Viewer' });
  });

  it('ships the built app only: no source maps, no node_modules', () => {
    expect(builder.files).toEqual(['dist/**', 'package.json', '!**/*.map']);
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});

describe('package.json', () => {
  it('names an author (Windows installers need one) and the Node that electron 45’s tooling needs', () => {
    expect((pkg.author as { name?: string }).name).toBeTruthy();
    expect(pkg.engines).toEqual({ node: '>=22.12' });
  });
});
