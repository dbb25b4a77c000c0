declare const __UCS_BUILD_ID__: string;

/** The id of this build (the package version, or UCS_BUILD_ID at build time), see vite.config.ts. */
export const BUILD_ID: string = __UCS_BUILD_ID__;
