/** The text of /embed.js: src/components/embed/embed-host.ts and what it imports, bundled into one minified script by esbuild (deterministic: same source, same bytes). */
import path from 'node:path';
import { build } from 'esbuild';
import { buildMemo } from './buildMemo.ts';

export const HOST_SCRIPT_SOURCE = path.resolve('src/components/embed/embed-host.ts');

export function hostScript(): Promise<string> {
  return buildMemo('host-script', async () => {
    const result = await build({
      entryPoints: [HOST_SCRIPT_SOURCE],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      legalComments: 'none',
      charset: 'utf8',
    });
    return result.outputFiles[0].text;
  });
}
