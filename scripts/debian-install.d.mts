/** Runs a command with inherited output and reports whether it succeeded. */
export function run(command: string, args: string[]): boolean;
/** Installs `packages` with apt-get; false where we are not root or apt-get is missing or fails. */
export function installDebianPackages(packages: string[]): boolean;
