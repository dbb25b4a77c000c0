/**
 * Records that an export writes `path`, refusing a second file at the same path: a zip would hold
 * two entries of that name and a folder would keep only one of them.
 *
 * @throws Error when the path was claimed already (a bug in the plan, never the user's input).
 */
export function claimPath(claimed: Set<string>, path: string): void {
  if (claimed.has(path)) throw new Error(`${path} is written twice.`);
  claimed.add(path);
}
