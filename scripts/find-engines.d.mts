/** The Debian packages that provide the engines. */
export const ENGINE_PACKAGES: readonly string[];

export interface Engines {
  readonly firefox: string | undefined;
  readonly webkitDriver: string | undefined;
  readonly miniBrowser: string | undefined;
  readonly xvfbRun: string | undefined;
}

/** Where each engine's binary is; a missing one is undefined. */
export function findEngines(): Engines;
