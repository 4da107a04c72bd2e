// Types of the worker client (analyzer-client.js): the analyzer off the main thread.
import type { AnalysisResult, AnalyzeOptions, Profile } from './arabic-analyzer.js';

/** Longest text the core accepts, in UTF-16 code units (16 Mi). */
export const MAX_TEXT_UNITS: number;

/**
 * Codes a request can reject with: the core's, plus 'superseded' (a newer request on the same
 * channel replaced it), 'worker_crashed' (the worker died; it has been restarted),
 * 'load_failed' (the core could not load) and 'closed' (the client was closed).
 */
export type ClientErrorCode = 'input_too_large' | 'bad_options' | 'out_of_memory' | 'internal' |
  'superseded' | 'worker_crashed' | 'load_failed' | 'closed';

export interface ClientError extends Error {
  code: ClientErrorCode;
}

export interface Timed<T> {
  result: T;
  /** Milliseconds the core took. */
  ms: number;
}

export interface CrashDetail {
  message: string;
  /** False when it crashed too often and was not restarted. */
  restarted: boolean;
}

export class AnalyzerClient extends EventTarget {
  /** Starts the worker from `workerUrl` (default: analyzer-worker.js beside this module). */
  constructor(workerUrl?: string | URL);
  /** Rejects with a ClientError. Within one channel only the newest request is answered. */
  analyze(text: string, options?: AnalyzeOptions, channel?: string): Promise<Timed<AnalysisResult>>;
  normalize(text: string, options?: { profile?: Profile }, channel?: string): Promise<Timed<string>>;
  /** Milliseconds the worker has been busy, 0 when idle. */
  busyFor(): number;
  /** Abandons the running analysis (pending requests reject with 'superseded'). */
  restart(): void;
  /** Stops the worker for good. */
  close(): void;
  addEventListener(type: 'crash', listener: (event: CustomEvent<CrashDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
}

/** The page's shared client (used by the widgets); pair with releaseSharedClient(). */
export function acquireSharedClient(): AnalyzerClient;
export function releaseSharedClient(): void;
/** Where the shared client starts its worker (call before the first widget connects). */
export function setWorkerUrl(url: string | URL): void;
