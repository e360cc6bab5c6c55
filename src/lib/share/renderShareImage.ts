/**
 * Renders a share card to PNG with satori (layout, text to paths) and resvg (rasterising), with
 * fonts read from npm packages, never the network. Images are cached by content, so an unchanged
 * card costs nothing on the next build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD, shareCard, type ShareCardInput } from './shareCard.ts';

const require = createRequire(import.meta.url);
/** Bump when the renderer changes in a way the card's element tree does not show. */
const RENDERER_VERSION = 1;
const CACHE = path.resolve('node_modules/.cache/share-images');

const FONT_FILES = [
  ['latin', 400],
  ['latin', 700],
  ['latin-ext', 400],
  ['latin-ext', 700],
  ['cyrillic', 400],
  ['cyrillic', 700],
] as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ([subset, weight]) => ({
      name: 'Noto Sans',
      data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/**
 * The cache key covers everything that shapes the picture: the card's element tree (so a change
 * to the template or the content makes a new image), the fonts, and the renderer's versions.
 */
async function cacheKey(tree: unknown): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ tree, renderer: RENDERER_VERSION, satori: require('satori/package.json').version, resvg: require('@resvg/resvg-js/package.json').version }));
  for (const font of await loadFonts()) hash.update(font.data);
  return hash.digest('hex').slice(0, 32);
}

/** SHARE_IMAGE_CACHE=off renders every image afresh (the reproducibility test uses it). */
const useCache = () => process.env.SHARE_IMAGE_CACHE !== 'off';

export async function renderShareImage(input: ShareCardInput): Promise<Buffer> {
  const tree = shareCard(input);
  const cached = path.join(CACHE, `${await cacheKey(tree)}.png`);
  const hit = useCache() ? await readFile(cached).catch(() => undefined) : undefined;
  if (hit) return hit;

  const svg = await satori(tree as Parameters<typeof satori>[0], { width: CARD.width, height: CARD.height, fonts: await loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width }, font: { loadSystemFonts: false } }).render().asPng();
  if (useCache()) {
    await mkdir(CACHE, { recursive: true });
    await writeFile(cached, png);
  }
  return png;
}
