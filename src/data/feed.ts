/** The RSS feed of one edition: every article, newest first. */
import rss from '@astrojs/rss';
import { isoToDate } from '../lib/dates/calendarDate.ts';
import type { Lang } from '../i18n/languages.ts';
import { t } from '../i18n/t.ts';
import { routePath } from '../lib/site/routes.ts';
import { absoluteUrl } from '../lib/site/url.ts';
import { articleRoute, getArticles } from './articles.ts';

export async function feed(lang: Lang, site: URL | undefined): Promise<Response> {
  const articles = await getArticles(lang);
  const items = await Promise.all(
    articles.map(async (entry) => ({
      title: entry.data.title,
      description: entry.data.description,
      link: absoluteUrl(routePath(await articleRoute(entry.data.key), lang), site),
      pubDate: isoToDate(entry.data.published),
    })),
  );
  items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
  return rss({
    title: t(lang, 'feed.title'),
    description: t(lang, 'site.tagline'),
    site: absoluteUrl(routePath({ kind: 'home' }, lang), site),
    items,
    customData: `<language>${lang}</language>`,
  });
}
