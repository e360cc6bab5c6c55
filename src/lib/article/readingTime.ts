/** Minutes to read a number of words, at 200 words a minute, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
