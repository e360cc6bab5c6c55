/** An event's status in words, with whose word or act it is: «Afirmado, sin confirmar (según el NIS)». Shared by the server and the browser. */
import type { Status } from '../schemas/event.ts';
import type { Lang } from './languages.ts';
import { t } from './t.ts';

export interface StatusFacts {
  status: Status;
  /** Whose act (official) or whose word (claimed), in each language. */
  attribution?: Readonly<Record<Lang, string>>;
}

/** «(según el NIS)» / “(according to the NIS)”, or '' when the status has no attribution. */
export function attributionText(facts: StatusFacts, lang: Lang): string {
  return facts.attribution ? `(${t(lang, 'status.by')} ${facts.attribution[lang]})` : '';
}

/** «Afirmado, sin confirmar (según el NIS)» / “Claimed, unconfirmed (according to the NIS)”. */
export function statusText(facts: StatusFacts, lang: Lang): string {
  const by = attributionText(facts, lang);
  return by ? `${t(lang, `status.${facts.status}`)} ${by}` : t(lang, `status.${facts.status}`);
}
