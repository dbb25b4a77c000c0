/** The path of a usable Chromium binary, or undefined when none is installed. */
export function findChromium(): string | undefined;
