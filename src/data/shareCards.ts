/** The share card of every page, in each language: what its image says and where it sits on the timeline. */
import { getCollection } from 'astro:content';
import { formatDate } from '../i18n/formatDate.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { statusText } from '../i18n/statusText.ts';
import { t } from '../i18n/t.ts';
import type { ShareCardInput } from '../lib/share/shareCard.ts';
import { stripGeometry, type StripInput } from '../lib/share/stripGeometry.ts';
import { shareImagePath } from '../lib/site/routes.ts';
import { VIEWS } from '../lib/timeline/views.ts';
import { isoToTime } from '../lib/dates/calendarDate.ts';
import { articleRoute, editionLang } from './articles.ts';
import { eventsThrough } from './currency.ts';
import { getEvents } from './events.ts';
import { getEras } from './timeline.ts';
import { getTreaty } from './treaty.ts';

export interface ShareCardPage {
  /** Path of the image, without the base. */
  path: string;
  card: ShareCardInput;
}

export async function shareCards(): Promise<ShareCardPage[]> {
  const events = await getEvents();
  const through = await eventsThrough();
  const starts = events.map((e) => isoToTime(e.data.date));
  const articles = await getCollection('articles');
  const pages: ShareCardPage[] = [];

  for (const lang of LANGUAGES) {
    const eras = (await getEras(events, lang)).map((e): [number, number] => [e.start, e.end]);
    const card = (kicker: string, title: string, subtitle: string | undefined, mark: StripInput['mark']): ShareCardInput => ({
      siteName: t(lang, 'site.name'),
      kicker,
      title,
      subtitle,
      ...stripGeometry({ starts, eras, mark }),
    });
    const [r0, r1] = VIEWS.ratification.window;
    pages.push({
      path: shareImagePath({ kind: 'home' }, lang),
      card: card(t(lang, 'share.kickerHome'), t(lang, 'home.title'), t(lang, 'site.tagline'), { kind: 'window', from: isoToTime(r0), to: isoToTime(r1) }),
    });
    pages.push({
      path: shareImagePath({ kind: 'timeline' }, lang),
      card: card(t(lang, 'nav.timeline'), t(lang, 'explorer.title'), t(lang, 'share.eventCount', { n: events.length, date: formatDate(through, 'day', lang) }), { kind: 'window', from: Math.min(...starts), to: Math.max(...starts) }),
    });
    const treatyEvents = events.filter((e) => e.id === 'treaty-signed' || e.id === 'treaty-in-force').map((e) => isoToTime(e.data.date));
    pages.push({
      path: shareImagePath({ kind: 'treaty' }, lang),
      card: card(
        t(lang, 'nav.treaty'),
        t(lang, 'treaty.title'),
        t(lang, 'treaty.shareSubtitle', { n: (await getTreaty()).articles.length }),
        treatyEvents.length ? { kind: 'window', from: Math.min(...treatyEvents), to: Math.max(...treatyEvents) } : { kind: 'none' },
      ),
    });
    for (const kind of ['method', 'search', 'corrections', 'data'] as const) {
      pages.push({ path: shareImagePath({ kind }, lang), card: card(t(lang, 'site.name'), t(lang, `${kind}.title`), t(lang, kind === 'data' ? 'data.intro' : 'site.tagline'), { kind: 'none' }) });
    }
    for (const event of events) {
      const d = event.data;
      const status = statusText(d, lang);
      pages.push({
        path: shareImagePath({ kind: 'event', id: event.id }, lang),
        card: card(`${t(lang, 'nav.timeline')} · ${formatDate(d.date, d.precision, lang)}`, d.title[lang], [d.place?.[lang], status].filter(Boolean).join(' · '), { kind: 'point', at: isoToTime(d.date) }),
      });
    }
    for (const article of articles.filter((a) => editionLang(a) === lang)) {
      const cited = events.filter((e) => article.data.events.includes(e.id)).map((e) => isoToTime(e.data.date));
      const mark: StripInput['mark'] = cited.length ? { kind: 'window', from: Math.min(...cited), to: Math.max(...cited) } : { kind: 'none' };
      pages.push({
        path: shareImagePath(await articleRoute(article.data.key), lang),
        card: card(`${t(lang, 'share.kickerArticle')} · ${formatDate(article.data.published, 'day', lang)}`, article.data.title, article.data.dek, mark),
      });
    }
  }
  return pages;
}
