/**
 * What a reader's console would show while a fuzz suite runs: uncaught errors, unhandled rejections and warnings
 * (`console.warn` is recorded, not printed). `start` and `stop` are the hooks to record between: `beforeEach` and
 * `afterEach` for a fresh record per test, or `before` and `after` for one per suite (which then clears the record
 * itself where a count starts).
 */
export function recordConsole(start: (hook: () => void) => unknown, stop: (hook: () => void) => unknown) {
  const seen = { errors: [] as string[], warnings: [] as string[] };
  const warn = console.warn;
  const onError = (e: ErrorEvent) => seen.errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => seen.errors.push(String(e.reason));
  start(() => {
    seen.errors.length = 0;
    seen.warnings.length = 0;
    console.warn = (...args: unknown[]) => seen.warnings.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  stop(() => {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return seen;
}
