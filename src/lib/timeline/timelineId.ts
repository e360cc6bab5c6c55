/**
 * A timeline's element id, deterministic and unique per distinct timeline on a page: named
 * views and the explorer by name, event pages by their event, any other timeline by a short
 * hash of its props (two windowed timelines on one page no longer share `tl-custom`).
 */

export interface TimelineIdProps {
  view?: string;
  around?: string;
  explorer?: boolean;
  window?: readonly string[];
  categories?: readonly string[];
  highlight?: readonly string[];
  caption?: string;
}

/** FNV-1a, 32 bits, as 7 base-36 digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

export function timelineId(props: TimelineIdProps): string {
  const custom = props.window || props.categories || props.highlight;
  if (props.explorer) return 'tl-explorer';
  if (props.around) return `tl-around-${props.around}`;
  if (props.view && !custom) return `tl-${props.view}`;
  const key = JSON.stringify([props.view ?? '', props.window ?? [], props.categories ?? [], props.highlight ?? [], props.caption ?? '']);
  return `tl-${props.view ?? 'custom'}-${hash(key)}`;
}
