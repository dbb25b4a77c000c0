// Three or four digit groups joined by one separator each. The first group is a major version (one
// or two digits), so dates and build tags like "Trio8800" or "rts68" never start a match; the
// optional fourth group is a build number ("5_7_1_4133").
const VERSION_IN_NAME =
  /(?<![0-9])([0-9]{1,2})[._ -]([0-9]{1,3})[._ -]([0-9]{1,3})(?:[._ -]([0-9]{1,6}))?(?![0-9])/;

/**
 * Last-resort suggestion of a version from a release archive's file name, e.g.
 * `UC_Software_6_4_6_release_sig_split.zip` → `6.4.6`,
 * `Polycom_UC_Software_5_7_1_4133_AB_Trio8800_release.zip` → `5.7.1.4133`. Archive names are
 * inconsistent, so `sip.ver` always wins over this. Returns undefined when nothing looks like a
 * version.
 */
export function guessVersionFromArchiveName(name: string): string | undefined {
  const baseName = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const match = VERSION_IN_NAME.exec(baseName);
  if (!match) return undefined;
  return match
    .slice(1)
    .filter((group) => group !== undefined)
    .join('.');
}
