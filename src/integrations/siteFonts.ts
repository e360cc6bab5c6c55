/**
 * Astro integration: before the build, subsets the site's fonts to the characters its texts use
 * (src/fonts/buildFonts.ts); after it, fails the build if a page shows a character the faces
 * have but the subset left out, naming the page and the characters.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as fontkit from 'fontkit';
import { contentRoot } from '../content-check/contentFiles.ts';
import { buildFonts, type BuiltFonts } from '../fonts/buildFonts.ts';
import { FACES } from '../fonts/faces.ts';
import { pageText } from '../lib/fonts/pageText.ts';

const require = createRequire(import.meta.url);

async function htmlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) found.push(full);
  }
  return found.sort();
}

/** Pages showing characters that a face could draw but its subset lacks, with those characters. */
async function uncovered(dist: string, built: BuiltFonts): Promise<string[]> {
  const kept = new Set(built.characters);
  const sources = Object.values(FACES).map((face) => fontkit.openSync(require.resolve(face.source)) as fontkit.Font);
  const drawable = (ch: string) => sources.some((font) => font.hasGlyphForCodePoint(ch.codePointAt(0)!));
  const problems: string[] = [];
  for (const file of await htmlFiles(dist)) {
    const missing = [...new Set(pageText(await readFile(file, 'utf8')))].filter((ch) => ch.trim() !== '' && !kept.has(ch) && drawable(ch));
    if (missing.length) problems.push(`${path.relative(dist, file)}: ${missing.map((ch) => `“${ch}” U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}`);
  }
  return problems;
}

export function siteFonts(): AstroIntegration {
  let built: BuiltFonts | undefined;
  return {
    name: 'site-fonts',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        built = await buildFonts(fileURLToPath(config.root), contentRoot());
        const sizes = Object.values(built.faces).map((f) => `${f.family} ${(f.bytes / 1024).toFixed(1)} KB`);
        logger.info(`fonts: ${[...built.characters].length} characters; ${sizes.join(', ')}`);
      },
      'astro:build:done': async ({ dir }) => {
        if (!built) return;
        const problems = await uncovered(fileURLToPath(dir), built);
        if (problems.length) {
          throw new Error(`Characters on these pages are missing from the fonts (they come from somewhere src/fonts/buildFonts.ts does not read):\n${problems.join('\n')}`);
        }
      },
    },
  };
}
