// The optional files' names, apart from the code writing them: the first screen lays out the
// folder with these names, the text of the files is needed only when exporting.
export const SHA256SUMS_NAME = 'SHA256SUMS';
export const README_NAME = 'README.txt';
export const WEB_CONFIG_NAME = 'web.config';
