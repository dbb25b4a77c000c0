import type { Capabilities } from '../platform/capabilities.ts';

/**
 * What this browser does not offer, in one plain paragraph, or null where it offers everything.
 * Over plain HTTP the offline status at the top already says what is off, so this stays silent.
 */
export function browserLimitsMessage(capabilities: Capabilities): string | null {
  if (!capabilities.secureContext) return null;
  const sentences: string[] = [];
  if (!capabilities.directoryPicker) {
    sentences.push(
      'This browser cannot save straight into a folder (Chrome and Edge on a computer can); the zip holds the same folder.',
    );
  }
  if (!capabilities.opfs) {
    const subject = sentences.length > 0 ? 'It' : 'This browser';
    sentences.push(
      `${subject} gives the app no disk space, so the zip is built in memory and a release zip compressed inside another zip cannot be opened here.`,
    );
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}
