/** The originality check: the longest run of consecutive words an article shares with the source report. */

/** Lowercase words without accents or punctuation: `«Kim Jong-un,»` → `kim`, `jong`, `un`. */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

export interface SharedRun {
  length: number;
  words: string;
}

/** The longest run of consecutive normalised words found in both texts. */
export function longestSharedRun(text: string, source: string): SharedRun {
  const a = normalisedWords(text);
  const b = normalisedWords(source);
  let best = 0;
  let end = 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] > best) {
        best = cur[j];
        end = i;
      }
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return { length: best, words: a.slice(end - best, end).join(' ') };
}

/** Fingerprints of every run of `n` consecutive normalised words: hashes, so the text itself need not be kept. */
export async function runFingerprints(text: string, n = 8): Promise<string[]> {
  const words = normalisedWords(text);
  const hashes = new Set<string>();
  for (let i = 0; i + n <= words.length; i += 1) hashes.add(await fingerprint(words.slice(i, i + n).join(' ')));
  return [...hashes].sort();
}

async function fingerprint(run: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(run));
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The runs of `n` words of `text` whose fingerprints are in `fingerprints`. */
export async function sharedRuns(text: string, fingerprints: ReadonlySet<string>, n = 8): Promise<string[]> {
  const words = normalisedWords(text);
  const found: string[] = [];
  for (let i = 0; i + n <= words.length; i += 1) {
    const run = words.slice(i, i + n).join(' ');
    if (fingerprints.has(await fingerprint(run))) found.push(run);
  }
  return found;
}
