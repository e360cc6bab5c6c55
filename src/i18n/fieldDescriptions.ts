/**
 * What each field of the open data means, in Spanish, for /es/datos/. English comes from the
 * schema's own doc comments (src/schemas/), which the generated JSON Schema carries; this is
 * their Spanish edition, keyed by the field's path in /data/events.json. A unit test fails when
 * a field of the schema has no entry here, or an entry names no field.
 */
export const FIELD_DESCRIPTIONS_ES: Record<string, string> = {
  title: 'El nombre del conjunto de datos, en cada idioma.',
  version: 'La versión: el día del último cambio del contenido (la fecha más reciente entre el `updated` de los artículos, las fechas de las correcciones y las de los hechos), en formato ISO.',
  publisher: 'Quién lo publica, en cada idioma.',
  license: 'Se puede reutilizar libremente citando a quien lo publica.',
  'license.name': 'Su nombre corto: `CC BY 4.0`.',
  'license.url': 'Su texto legal.',
  documentation: 'La página que explica cada campo, en cada idioma.',
  schema: 'Este esquema: un JSON Schema (borrador 2020-12).',
  count: 'Cuántos hechos hay.',
  events: 'Todos los hechos, por orden de fecha (y, a igual fecha, de id).',
  'events[].id': 'Identificador estable; cierra la dirección del hecho (`/es/cronologia/<id>/`). Un id publicado no cambia nunca.',
  'events[].date': 'El día en que ocurrió (o empezó): fecha ISO.',
  'events[].precision': 'Con qué exactitud se conoce `date`: se muestra como «19 de junio de 2024», «junio de 2024» o «2024».',
  'events[].end': 'El último día de un periodo (una guerra, los años de vigencia de un tratado); nunca anterior a `date`.',
  'events[].category': 'La categoría: decide el color, la leyenda y los filtros de la cronología.',
  'events[].status': 'Cuán seguro es el hecho (ver el vocabulario de los estados); siempre se muestra con palabras y con forma, nunca solo con color.',
  'events[].attribution': 'De quién es el acto (oficial) o la afirmación (afirmado), en cada idioma. Obligatorio en ambos casos.',
  'events[].importance': '3, punto de inflexión; 2, notable; 1, contexto: qué etiquetas se muestran primero cuando falta espacio.',
  'events[].report': 'Verdadero si el reportaje de noviembre de 2024 del que parte el proyecto trata el hecho.',
  'events[].title': 'Titular breve, en cada idioma.',
  'events[].label': 'Las pocas palabras que acompañan al marcador en la cronología (30 caracteres como mucho), en cada idioma.',
  'events[].summary': 'De dos a cuatro frases, en cada idioma; las afirmaciones, escritas como afirmaciones.',
  'events[].place': 'Dónde ocurrió, en cada idioma; falta cuando no ocurrió en un lugar concreto (un tratado que expira).',
  'events[].sources': 'Una o más fuentes públicas.',
  'events[].sources[].publisher': 'Quién la publicó, por su nombre propio: `TASS`, `NK News`, `Kremlin (President of Russia)`.',
  'events[].sources[].title': 'Una descripción llana del documento en cada idioma (no un titular inventado).',
  'events[].sources[].url': 'Dónde leerla: solo https.',
  'events[].sources[].language': 'El idioma del documento, en ISO 639-1 (`en`, `ru`, `ko`).',
  'events[].sources[].date': 'Fecha de publicación, solo cuando se conoce con certeza (por ejemplo, porque la muestra la URL).',
  'events[].articles': 'Claves de los artículos que tratan el hecho (los artículos que lo citan se añaden solos en el sitio).',
  'events[].urls': 'Dónde está el hecho en el sitio: URL absolutas.',
  'events[].urls.page': 'La página del hecho, en cada idioma.',
  'events[].urls.embed': 'El hecho solo, para insertarlo en un iframe en otro sitio, en cada idioma.',
  'events[].urls.data': 'Este registro solo, en JSON.',
};
