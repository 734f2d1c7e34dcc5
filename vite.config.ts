import { builtinModules } from 'node:module';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * One config, three builds (selected with --mode) plus the test projects:
 * - default: the renderer (React) → dist/renderer
 * - main:    the Electron main process (ESM, Node target) → dist/main
 * - preload: the sandboxed preload, which must be CommonJS → dist/preload
 */
// Only Electron and Node's own modules stay outside the bundles: everything else (electron-store, conf, docx, zod…)
// is bundled, so the installed app resolves no module inside app.asar at run time and ships no node_modules.
const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig(({ mode }) => {
  if (mode === 'main' || mode === 'preload') {
    const isMain = mode === 'main';
    return {
      build: {
        outDir: `dist/${mode}`,
        emptyOutDir: true,
        target: 'node22',
        ssr: true,
        sourcemap: true,
        minify: false,
        rollupOptions: {
          input: isMain ? 'main/index.ts' : 'preload/index.ts',
          external: nodeExternals,
          output: isMain
            ? { format: 'es', entryFileNames: 'index.js' }
            : { format: 'cjs', entryFileNames: 'index.cjs' },
        },
      },
      ssr: { noExternal: true, external: ['electron'] },
    };
  }
  return {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      target: 'chrome130',
      sourcemap: true,
      // No inline scripts or styles: the CSP forbids them.
      assetsInlineLimit: 0,
    },
    test: {
      root: '.',
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            root: '.',
            include: ['tests/{core,main,renderer,security}/**/*.test.{ts,tsx}'],
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            root: '.',
            // After the builds: the UI in Chromium, and the main bundle booted against the Electron stand-in.
            include: ['tests/e2e/**/*.test.ts', 'tests/boot/**/*.test.ts'],
            environment: 'node',
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
