/**
 * What the engine tests need from a browser, whatever drives it: each engine's session implements
 * this, and every flow is written once against it.
 */
export interface EngineSession {
  /** Names the engine and how it is driven, for the tests' titles. */
  readonly label: string;
  /** Whether the page gets the origin-private file system here (a private session refuses it). */
  readonly privateFileSystem: boolean;
  /** Loads `url` and resolves once the page is loaded. */
  open(url: string): Promise<void>;
  reload(): Promise<void>;
  /**
   * Gives the file at `path` to the last file input whose accessible name contains `field`
   * (`RELEASE_FIELD` when omitted), as a person choosing it does.
   */
  chooseFile(path: string, field?: string): Promise<void>;
  /** Clicks the first visible control of that role whose accessible name contains `name`. */
  click(role: ControlRole, name: string): Promise<void>;
  /** Replaces the text of the field labelled `label`, typing as a person does. */
  fill(label: string, value: string): Promise<void>;
  /** Resolves once the page shows `text`; rejects after a while with what it shows instead. */
  waitForText(text: string): Promise<void>;
  /** Clicks the button and resolves with the file the browser was handed to save. */
  download(buttonName: string): Promise<DownloadedFile>;
  /** How many files the browser was handed to save so far (by `download` or otherwise). */
  downloadsSaved(): Promise<number>;
  /** Runs `check` in the page with its document and `args` (sent as JSON); returns its result. */
  evaluate<Result>(check: PageCheck<Result>, ...args: unknown[]): Promise<Result>;
  /** Errors the page reported (console errors, uncaught exceptions, CSP violations) so far. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

/** The accessible name of every release slot's file chooser. */
export const RELEASE_FIELD = 'Release archive';

export type ControlRole = 'button' | 'checkbox';

/** A function to run in the page: self-contained, since it travels as source text. */
export type PageCheck<Result> = (document: Document, ...args: never[]) => Result | Promise<Result>;

export interface DownloadedFile {
  /** The name the page gave the download. */
  readonly name: string;
  /** Where its bytes are on this machine. */
  readonly path: string;
}
