/** A small web app manifest: name, colours, icons, start page (under the base path). */
import type { APIRoute } from 'astro';
import { t } from '../i18n/t.ts';
import { ICON_SIZES } from '../lib/share/icon.ts';
import { url } from '../lib/site/url.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: `${t('es', 'site.name')} · ${t('en', 'site.name')}`,
        short_name: t('es', 'site.name'),
        description: t('es', 'site.tagline'),
        lang: 'es',
        start_url: url('/'),
        scope: url('/'),
        display: 'browser',
        background_color: '#fdfcf9',
        theme_color: '#a4161a',
        icons: [
          { src: url('/favicon.svg'), type: 'image/svg+xml', sizes: 'any' },
          ...ICON_SIZES.filter((s) => s >= 192).map((size) => ({ src: url(`/icons/icon-${size}.png`), type: 'image/png', sizes: `${size}x${size}` })),
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
