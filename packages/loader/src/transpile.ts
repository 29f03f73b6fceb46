import type { Options } from '@swc/core';
import type { TsconfigOptions } from './tsconfig';

type Swc = typeof import('@swc/core');
let swc: Swc | undefined;

/**
 * TypeScript → CommonJS with legacy decorators and `emitDecoratorMetadata` (what makes
 * TypeORM's `@Column() title: string` a varchar), with an inline source map so stack traces
 * point at the user's lines. @swc/core is loaded on first use.
 */
export function transpile(code: string, filename: string, config: TsconfigOptions): string {
  swc ??= require('@swc/core') as Swc;
  return swc.transformSync(code, swcOptions(filename, config)).code;
}

function swcOptions(filename: string, config: TsconfigOptions): Options {
  const tsx = filename.endsWith('.tsx');
  return {
    filename,
    swcrc: false,
    configFile: false,
    sourceMaps: 'inline',
    module: { type: 'commonjs', ignoreDynamic: true },
    jsc: {
      parser: { syntax: 'typescript', tsx, decorators: true, dynamicImport: true },
      target: 'es2022',
      keepClassNames: true,
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: config.useDefineForClassFields ?? false,
        ...(tsx && config.jsx
          ? { react: { runtime: config.jsx.runtime, pragma: config.jsx.factory, pragmaFrag: config.jsx.fragment } }
          : {}),
      },
    },
  };
}
