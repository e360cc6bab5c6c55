/**
 * Subsets the site's fonts to the characters its texts use and writes them, with their
 * @font-face rules, into src/fonts/generated/ (every Astro build does this too). Prints what it
 * wrote. Usage: npm run fonts
 */
import { contentRoot } from '../src/content-check/contentFiles.ts';
import { buildFonts } from '../src/fonts/buildFonts.ts';

const built = await buildFonts(process.cwd(), contentRoot());
console.log(`${[...built.characters].length} characters:`);
for (const face of Object.values(built.faces)) console.log(`  ${face.family}: ${face.file}, ${(face.bytes / 1024).toFixed(1)} KB${face.preload ? ', preloaded' : ''}`);
