import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Prints the closing line CI reads: "N passed, N failed" (plus skipped), counted over every test file. */
export function summaryReporter() {
  let line = '';
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (!session.testResults || (session.errors ?? []).length)) failed++;
      }
      line = `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
    },
    // scripts/test.mjs prints it after the runner's own output, so that it is the last line.
    stop() {
      if (!line) return;
      if (process.env.WTR_SUMMARY_FILE) {
        mkdirSync(dirname(process.env.WTR_SUMMARY_FILE), { recursive: true });
        writeFileSync(process.env.WTR_SUMMARY_FILE, line);
      } else console.log(`\n${line}`);
    },
  };
}
