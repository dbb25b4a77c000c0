import packageJson from '../package.json' with { type: 'json' };

/** Shown in the page so a person (and the update test) can tell which build is running. */
export const BUILD_ID = process.env.UCS_BUILD_ID ?? packageJson.version;
