export interface FirstScreenFile {
  readonly file: string;
  readonly gzipped: number;
  readonly hasZipJs: boolean;
}

export const BUDGET_BYTES: number;
export const PORTABLE_BUDGET_BYTES: number;
export function firstScreenFiles(distDir: string): string[];
export function measureFirstScreen(distDir: string): { files: FirstScreenFile[]; total: number };
export function measurePortable(
  file: string,
): { size: number; missing?: never } | { missing: true };
