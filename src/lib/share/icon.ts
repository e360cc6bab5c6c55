/** The site icon, as SVG: a timeline (a line and three markers) on the accent colour. Rendered to PNG sizes at build. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#a4161a"/><path d="M10 40h44" stroke="#fdfcf9" stroke-width="4" stroke-linecap="round"/><circle cx="18" cy="40" r="6" fill="#fdfcf9"/><circle cx="34" cy="40" r="6" fill="none" stroke="#fdfcf9" stroke-width="3.5"/><circle cx="48" cy="40" r="7" fill="#fdfcf9"/><path d="M48 33V16" stroke="#fdfcf9" stroke-width="3.5" stroke-linecap="round"/></svg>`;

/** PNG sizes: favicon fallback, Apple touch icon, manifest icons. */
export const ICON_SIZES = [32, 180, 192, 512] as const;
