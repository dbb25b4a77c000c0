/** What the page can say about working offline. */
export type OfflineStatus =
  /** Not known yet: the service worker is still being registered or installed. */
  | { readonly kind: 'starting' }
  /** Everything the app needs is cached: it opens and works without a network. */
  | { readonly kind: 'ready' }
  /** A newer version is installed and waits; `reload` switches to it. */
  | { readonly kind: 'update-waiting'; readonly reload: () => void }
  /** Plain HTTP on a host other than localhost: no service worker, no folder access, no OPFS. */
  | { readonly kind: 'insecure' }
  /** The portable copy (one HTML file opened from disk): no service worker, install or launch. */
  | { readonly kind: 'portable' }
  /** A secure page whose browser offers no service worker (or the dev server). */
  | { readonly kind: 'unavailable' }
  /** The service worker could not be installed; `detail` is the browser's own message, if any. */
  | { readonly kind: 'failed'; readonly detail?: string };
