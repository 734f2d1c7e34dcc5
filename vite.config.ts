import { builtinModules } from 'node:module';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * One config, three builds (selected with --mode) plus the test projects:
 * - default: the renderer (React) → dist/renderer
 * - main:    the Electron main process (ESM, Node target) → dist/main
 * - preload: the sandboxed preload, which must be CommonJS → dist/preload
 */
const nodeExternals = [
  'electron',
  'electron-store',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];

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
      ssr: { noExternal: true, external: ['electron', 'electron-store'] },
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
            include: ['tests/e2e/**/*.test.ts'],
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
