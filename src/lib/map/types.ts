/** Shapes shared by the map modules: points in longitude/latitude, boxes in pixels. */
import type { CountryCode } from './countries.ts';

/** A longitude–latitude pair, in degrees (GeoJSON order). */
export type LonLat = [number, number];

/** The drawing's size, in SVG user units (pixels at 1:1). */
export interface Box {
  width: number;
  height: number;
}

/** Space kept free inside the box's edges, in pixels (room for labels and the scale bar). */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A place as a map needs it: where, what to print, which country. */
export interface MapPlace {
  id: string;
  lon: number;
  lat: number;
  /** The label printed beside its point, in the page's language. */
  label: string;
  country: CountryCode;
}
