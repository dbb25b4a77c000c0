// Fails when the first screen downloads more than its budget, gzipped, or when it carries zip.js.
// The first screen is index.html, the stylesheets it links and the module scripts it loads with
// everything they import statically; chunks loaded by dynamic import() (zip.js, the release
// reader, the exporters) come later, when a file arrives. Icons and the web manifest are left out:
// the page renders without them.
// It also fails when the portable copy (one HTML file holding the whole app) is over its own
// budget, counted as it is stored, not gzipped: it is copied and e-mailed as is.
//   node scripts/size-budget.mjs [dist] [portable file]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * 80 KiB gzipped. At the time it was set the first screen weighed about 65 KiB (Svelte, the UI,
 * the ucs.xml builder and workbox-window): the rest is headroom for the screens still to come,
 * small enough that a new dependency landing in the entry chunk by mistake fails the check.
 */
export const BUDGET_BYTES = 80 * 1024;

/**
 * 480 KiB as stored. At the time it was set the portable copy weighed about 377 KiB (the whole
 * app with zip.js, its worker and its icon): small enough for any mail server's attachment limit
 * with room to grow, and a file that doubles by mistake fails the check.
 */
export const PORTABLE_BUDGET_BYTES = 480 * 1024;

/** A string only zip.js's own code holds (its "not a zip" message), to spot it in a chunk. */
const ZIP_JS_MARKER = 'File format is not recognized';

const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;

function attributeValues(html, tagPattern, attribute) {
  const values = [];
  for (const [tag] of html.matchAll(tagPattern)) {
    const value = new RegExp(`\\s${attribute}=["']([^"']+)["']`).exec(tag)?.[1];
    if (value) values.push(value);
  }
  return values;
}

/** The first-screen files, relative to the build folder, in load order. */
export function firstScreenFiles(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts = [
    ...attributeValues(html, /<script\b[^>]*type=["']module["'][^>]*>/g, 'src'),
    ...attributeValues(html, /<link\b[^>]*rel=["']modulepreload["'][^>]*>/g, 'href'),
  ];
  const styles = attributeValues(html, /<link\b[^>]*rel=["']stylesheet["'][^>]*>/g, 'href');
  const files = new Set();
  const queue = scripts.map((src) => posix.normalize(src));
  while (queue.length > 0) {
    const file = queue.shift();
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.')) queue.push(posix.join(posix.dirname(file), specifier));
    }
  }
  return ['index.html', ...files, ...styles.map((href) => posix.normalize(href))];
}

/** Gzipped size of each first-screen file, whether it holds zip.js, and the total. */
export function measureFirstScreen(distDir) {
  const files = firstScreenFiles(distDir).map((file) => {
    const bytes = readFileSync(join(distDir, file));
    return {
      file,
      gzipped: gzipSync(bytes).length,
      hasZipJs: bytes.includes(ZIP_JS_MARKER),
    };
  });
  return { files, total: files.reduce((sum, entry) => sum + entry.gzipped, 0) };
}

/**
 * The portable copy's size as stored, or a reason it cannot be measured.
 * @returns `{ size }`, or `{ missing: true }` when the file was not built.
 */
export function measurePortable(file) {
  return existsSync(file) ? { size: statSync(file).size } : { missing: true };
}

function main() {
  const repo = dirname(import.meta.dirname);
  const distDir = process.argv[2] ?? join(repo, 'dist');
  const portableFile = process.argv[3] ?? join(repo, 'dist-portable', 'ucs-bundler.html');
  const { files, total } = measureFirstScreen(distDir);
  for (const { file, gzipped } of files) {
    console.log(`${(gzipped / 1024).toFixed(1).padStart(8)} KiB  ${file}`);
  }
  console.log(
    `${(total / 1024).toFixed(1).padStart(8)} KiB  first screen, gzipped (budget ${BUDGET_BYTES / 1024} KiB)`,
  );
  const withZipJs = files.filter((entry) => entry.hasZipJs).map((entry) => entry.file);
  let failed = false;
  if (withZipJs.length > 0) {
    console.error(`zip.js is in the first screen (${withZipJs.join(', ')}): import it lazily.`);
    failed = true;
  }
  if (total > BUDGET_BYTES) {
    console.error(`The first screen is over its budget by ${total - BUDGET_BYTES} bytes.`);
    failed = true;
  }
  const portable = measurePortable(portableFile);
  if (portable.missing) {
    console.error(`${portableFile} is missing: run npm run build:portable first.`);
    failed = true;
  } else {
    console.log(
      `${(portable.size / 1024).toFixed(1).padStart(8)} KiB  portable copy, as stored (budget ${PORTABLE_BUDGET_BYTES / 1024} KiB)`,
    );
    if (portable.size > PORTABLE_BUDGET_BYTES) {
      console.error(
        `The portable copy is over its budget by ${portable.size - PORTABLE_BUDGET_BYTES} bytes.`,
      );
      failed = true;
    }
  }
  if (failed) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
