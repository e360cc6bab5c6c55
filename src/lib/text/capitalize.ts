/** The text with its first letter in capitals (`ayuda militar` → `Ayuda militar`); the rest as it is. */
export function capitalize(text: string): string {
  const [first = '', ...rest] = text;
  return first.toUpperCase() + rest.join('');
}
