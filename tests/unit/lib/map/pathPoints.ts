/** Reads back the absolute points of path data written by PathWriter (M, m, l and z only), for the map tests. */
export function pathPoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, cmd, args] of d.matchAll(/([Mmlz])([^Mmlz]*)/g)) {
    if (cmd === 'z') {
      [x, y] = [sx, sy];
      continue;
    }
    const nums = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      if (cmd === 'M') [x, y] = [nums[i], nums[i + 1]];
      else [x, y] = [x + nums[i], y + nums[i + 1]];
      if (cmd !== 'l' && i === 0) [sx, sy] = [x, y];
      out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
  }
  return out;
}
