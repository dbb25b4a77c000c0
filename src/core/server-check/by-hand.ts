import { isUsable } from './classify.ts';
import { SHA256SUMS_NAME } from '../bundle/extra-names.ts';
import { folderOf } from './targets.ts';
import type { CheckReport, CheckRequest } from './types.ts';

const PHONE_FILE = /(?:^|\/)(?:sip\.ver|[^/]+\.ld)$/;

/**
 * The addresses to open in a browser tab when this page may not read them (CORS, or an HTTPS
 * page and an HTTP server): each file refused, and when ucs.xml itself was refused, the files
 * that would have been read after it (the exported images and sip.ver, or SHA256SUMS).
 */
export function addressesToOpenByHand(request: CheckRequest, report: CheckReport): string[] {
  const blocked = report.files.filter(
    (file) => file.verdict.code === 'refused' || file.verdict.code === 'mixed-content',
  );
  const manifestBlocked = blocked.some((file) => file.url === request.manifestUrl);
  const folder = folderOf(request.manifestUrl);
  const following = manifestBlocked
    ? request.expected === undefined
      ? [folder + SHA256SUMS_NAME]
      : request.expected
          .filter((file) => PHONE_FILE.test(file.path))
          .map((file) => new URL(file.path, folder).href)
    : [];
  return [...new Set([...blocked.map((file) => file.url), ...following])];
}

/** True when every file was found and can be used by a phone as served. */
export function allUsable(report: CheckReport): boolean {
  return !report.cancelled && report.files.every((file) => isUsable(file.verdict));
}
