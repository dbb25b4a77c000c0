import type { PhoneFamily, PhoneModel } from './types.ts';

/** Row of the table as written in the reference: part number, name, family, last line label. */
type ModelRow = readonly [partNumber: string, name: string, family: PhoneFamily, lastLine: string];

// The known models with their hardware part numbers and last release lines. Labels drop the sources' notes ("(legacy)",
// "(from 5.8)") because people compare against the line itself.
const ROWS: readonly ModelRow[] = [
  ['2345-12360-001', 'SoundPoint IP 321', 'SoundPoint IP', '4.0.x'],
  ['2345-12365-001', 'SoundPoint IP 331', 'SoundPoint IP', '4.0.x'],
  ['2345-12375-001', 'SoundPoint IP 335', 'SoundPoint IP', '4.0.x'],
  ['2345-12450-001', 'SoundPoint IP 450', 'SoundPoint IP', '4.0.x'],
  ['2345-12500-001', 'SoundPoint IP 550', 'SoundPoint IP', '4.0.x'],
  ['2345-12560-001', 'SoundPoint IP 560', 'SoundPoint IP', '4.0.x'],
  ['2345-12600-001', 'SoundPoint IP 650', 'SoundPoint IP', '4.0.x'],
  ['2345-12670-001', 'SoundPoint IP 670', 'SoundPoint IP', '4.0.x'],
  ['2345-12200-002', 'SoundPoint IP 320', 'SoundPoint IP', '3.3.x'],
  ['2345-12200-001', 'SoundPoint IP 330', 'SoundPoint IP', '3.3.x'],
  ['2345-11402-001', 'SoundPoint IP 430', 'SoundPoint IP', '3.2.x'],
  ['2345-11605-001', 'SoundPoint IP 601', 'SoundPoint IP', '3.1.x'],
  ['3111-30900-001', 'SoundStation IP 5000', 'SoundStation IP', '4.0.x'],
  ['3111-15600-001', 'SoundStation IP 6000', 'SoundStation IP', '4.0.x'],
  ['3111-40000-001', 'SoundStation IP 7000', 'SoundStation IP', '4.0.x'],
  ['3111-19000-001', 'SoundStation Duo', 'SoundStation IP', 'unknown'],
  ['3111-36150-001', 'SpectraLink 8440', 'SpectraLink', 'unknown'],
  ['3111-36152-001', 'SpectraLink 8450', 'SpectraLink', 'unknown'],
  ['3111-36154-001', 'SpectraLink 8452', 'SpectraLink', 'unknown'],
  ['2345-17960-001', 'VVX 1500', 'VVX', '5.9.x'],
  ['3111-46135-002', 'VVX 300', 'VVX', '5.9.x'],
  ['3111-46161-001', 'VVX 310', 'VVX', '5.9.x'],
  ['3111-46157-002', 'VVX 400', 'VVX', '5.9.x'],
  ['3111-46162-001', 'VVX 410', 'VVX', '5.9.x'],
  ['3111-44500-001', 'VVX 500', 'VVX', '5.9.x'],
  ['3111-44600-001', 'VVX 600', 'VVX', '5.9.x'],
  ['3111-40250-001', 'VVX 101', 'VVX', '6.x'],
  ['3111-40450-001', 'VVX 201', 'VVX', '6.x'],
  ['3111-48300-001', 'VVX 301', 'VVX', '6.x'],
  ['3111-48350-001', 'VVX 311', 'VVX', '6.x'],
  ['3111-48400-001', 'VVX 401', 'VVX', '6.x'],
  ['3111-48450-001', 'VVX 411', 'VVX', '6.x'],
  ['3111-48500-001', 'VVX 501', 'VVX', '6.x'],
  ['3111-48600-001', 'VVX 601', 'VVX', '6.x'],
  ['3111-48810-001', 'VVX 150', 'VVX', '6.x'],
  ['3111-48820-001', 'VVX 250', 'VVX', '6.x'],
  ['3111-48830-001', 'VVX 350', 'VVX', '6.x'],
  ['3111-48840-001', 'VVX 450', 'VVX', '6.x'],
  ['3111-65290-001', 'RealPresence Trio 8800', 'RealPresence Trio', '7.x'],
  ['3111-33215-001', 'SoundStructure VoIP Interface', 'SoundStructure', 'unknown'],
  ['3111-17823-001', 'VVX D60 DECT base', 'VVX', 'unknown'],
];

/** `5.9.x` → {major 5, minor 9}; `6.x` → {major 6}; anything else (e.g. `unknown`) → undefined. */
function parseLineLabel(label: string): PhoneModel['lastLine'] {
  const match = /^(\d+)\.(?:(\d+)\.)?x$/.exec(label);
  if (!match) return undefined;
  const major = Number(match[1]);
  return match[2] === undefined ? { major } : { major, minor: Number(match[2]) };
}

/** Every model the app knows, in the reference table's order. */
export const PHONE_MODELS: readonly PhoneModel[] = ROWS.map(
  ([partNumber, name, family, label]) => ({
    partNumber,
    name,
    family,
    lastLine: parseLineLabel(label),
    lastLineLabel: label,
  }),
);
