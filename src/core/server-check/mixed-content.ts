/** Loopback hosts count as secure, so an HTTPS page may read them over plain HTTP. */
function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(host)
  );
}

/**
 * True when a page at `pageUrl` may not read `targetUrl` at all: browsers block plain-HTTP
 * requests from an HTTPS page (mixed content), whatever the server allows. Firmware is often on
 * plain HTTP while the tool is on HTTPS, so this is said before trying rather than reported as
 * a failure the server could fix.
 */
export function isBlockedAsMixedContent(pageUrl: string, targetUrl: string): boolean {
  const page = new URL(pageUrl);
  const target = new URL(targetUrl);
  return page.protocol === 'https:' && target.protocol === 'http:' && !isLoopback(target.hostname);
}
