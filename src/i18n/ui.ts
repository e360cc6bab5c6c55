/** Every UI string of the site, in both languages, with the same keys (checked by the type system). */
import type { Category, Status } from '../schemas/event.ts';
import type { Lang } from './languages.ts';

const es = {
  'site.name': 'Moscú–Pionyang',
  'site.tagline': 'El tratado de defensa mutua entre Rusia y Corea del Norte, explicado con fuentes',
  'skip.toContent': 'Saltar al contenido',
  'nav.label': 'Principal',
  'nav.home': 'Inicio',
  'nav.timeline': 'Cronología',
  'nav.method': 'Fuentes y método',
  'lang.switch': 'Read in English',
  'lang.choose': 'Elige idioma',
  'footer.method': 'Fuentes y método',
  'footer.licence': 'Textos bajo licencia CC BY 4.0; código bajo licencia MIT.',
  'footer.independent': 'Un proyecto independiente de explicación periodística, sin publicidad ni rastreo.',
  'home.title': 'Rusia y Corea del Norte: el tratado de defensa mutua',
  'home.intro':
    'Rusia y Corea del Norte firmaron en junio de 2024 un tratado por el que se comprometen a ayudarse militarmente si una de las dos es atacada. Aquí explicamos qué dice, cómo se ratificó y de dónde viene la relación, con una fuente para cada fecha.',
  'home.events': 'La relación, fecha a fecha',
  'home.eventsIntro': 'Todos los hechos de la cronología, del más antiguo al más reciente.',
  'home.articles': 'Artículos',
  'event.source': 'Fuente',
  'event.sources': 'Fuentes',
  'event.place': 'Lugar',
  'event.inReport': 'Recogido en el informe de origen',
  'status.label': 'Estado',
  'status.confirmed': 'Confirmado',
  'status.official': 'Oficial (una parte)',
  'status.claimed': 'Afirmado, sin confirmar',
  'status.confirmed.explain': 'Consta por ambas partes, en un acto oficial, una votación, el texto de un tratado o el registro histórico.',
  'status.official.explain': 'Acto o declaración oficial de un solo Estado.',
  'status.claimed.explain': 'Lo afirma una parte o un tercero; las partes no lo han confirmado.',
  'status.by': 'según',
  'category.label': 'Categoría',
  'category.war': 'Guerra',
  'category.diplomacy': 'Diplomacia',
  'category.treaty': 'Tratados',
  'category.legislation': 'Ratificación',
  'category.military': 'Cooperación militar',
  'category.space': 'Espacio',
  'category.economy': 'Economía y sanciones',
  'article.published': 'Publicado',
  'article.updated': 'Actualizado',
  'article.placeholder': 'Versión provisional',
  'method.title': 'Fuentes y método',
  'method.intro':
    'Cada hecho de este sitio procede de fuentes públicas comprobadas. Esta página reúne todas las fuentes que usamos, agrupadas por medio o institución.',
  'method.statuses': 'Qué significa cada estado',
  'method.allSources': 'Todas las fuentes',
  'method.sourceCount': '{n} fuentes de {p} medios e instituciones',
  'method.usedBy': 'Citada en',
  'method.httpsNote': 'Los enlaces que las fuentes publicaban con http se citan con https.',
  'source.language': 'en {language}',
  'source.published': 'publicado el {date}',
  'language.en': 'inglés',
  'language.es': 'español',
  'language.ru': 'ruso',
  'language.ko': 'coreano',
  'language.uk': 'ucraniano',
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'Esta dirección no existe o ha cambiado.',
  'notFound.home': 'Ir a la portada en español',
  'root.title': 'Rusia y Corea del Norte: el tratado de defensa mutua',
} as const;

export type UiKey = keyof typeof es;

const en: Record<UiKey, string> = {
  'site.name': 'Moscow–Pyongyang',
  'site.tagline': 'The Russia–North Korea mutual defence treaty, explained with sources',
  'skip.toContent': 'Skip to content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.timeline': 'Timeline',
  'nav.method': 'Sources and method',
  'lang.switch': 'Leer en español',
  'lang.choose': 'Choose a language',
  'footer.method': 'Sources and method',
  'footer.licence': 'Text under CC BY 4.0; code under the MIT licence.',
  'footer.independent': 'An independent explainer project, with no advertising and no tracking.',
  'home.title': 'Russia and North Korea: the mutual defence treaty',
  'home.intro':
    'In June 2024 Russia and North Korea signed a treaty that commits each to come to the other’s military aid if it is attacked. This site explains what it says, how it was ratified and where the relationship comes from, with a source for every date.',
  'home.events': 'The relationship, date by date',
  'home.eventsIntro': 'Every event in the timeline, oldest first.',
  'home.articles': 'Articles',
  'event.source': 'Source',
  'event.sources': 'Sources',
  'event.place': 'Place',
  'event.inReport': 'Covered by the source report',
  'status.label': 'Status',
  'status.confirmed': 'Confirmed',
  'status.official': 'Official (one side)',
  'status.claimed': 'Claimed, unconfirmed',
  'status.confirmed.explain': 'On record from both parties, in an official act, a vote, a treaty text or the historical record.',
  'status.official.explain': 'An official act or statement of one state only.',
  'status.claimed.explain': 'Asserted by one side or a third party; not confirmed by the parties.',
  'status.by': 'according to',
  'category.label': 'Category',
  'category.war': 'War',
  'category.diplomacy': 'Diplomacy',
  'category.treaty': 'Treaties',
  'category.legislation': 'Ratification',
  'category.military': 'Military cooperation',
  'category.space': 'Space',
  'category.economy': 'Economy and sanctions',
  'article.published': 'Published',
  'article.updated': 'Updated',
  'article.placeholder': 'Provisional version',
  'method.title': 'Sources and method',
  'method.intro':
    'Every fact on this site comes from checked public sources. This page gathers every source we use, grouped by outlet or institution.',
  'method.statuses': 'What each status means',
  'method.allSources': 'All sources',
  'method.sourceCount': '{n} sources from {p} outlets and institutions',
  'method.usedBy': 'Cited in',
  'method.httpsNote': 'Links that sources published over http are cited with https.',
  'source.language': 'in {language}',
  'source.published': 'published {date}',
  'language.en': 'English',
  'language.es': 'Spanish',
  'language.ru': 'Russian',
  'language.ko': 'Korean',
  'language.uk': 'Ukrainian',
  'notFound.title': 'Page not found',
  'notFound.body': 'This address does not exist or has changed.',
  'notFound.home': 'Go to the English home page',
  'root.title': 'Russia and North Korea: the mutual defence treaty',
};

export const UI: Record<Lang, Record<UiKey, string>> = { es, en };

/** Every category and status has its labels: a missing key fails `astro check`. */
type LabelKeys = `category.${Category}` | `status.${Status}` | `status.${Status}.explain`;
type MissingLabels = Exclude<LabelKeys, UiKey>;
export const LABELS_COMPLETE: [MissingLabels] extends [never] ? true : MissingLabels = true;

/** A document language's name (`ru` → `ruso` / `Russian`); the code itself when we have no name. */
export function languageName(code: string, lang: Lang): string {
  const key = `language.${code}`;
  return key in UI[lang] ? UI[lang][key as UiKey] : code;
}
