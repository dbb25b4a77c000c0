const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'];

/** A byte count as people read it: `40.2 MB`, `512 kB`, `0 bytes` (decimal units, as file managers show). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/** Whole percent of `done` over `total`, 0 when nothing is to be done. */
export function percent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
}
