/**
 * Debian's Chromium as every script of the project starts it (the test runner, the static images, the benchmark and
 * its profiler): root needs --no-sandbox; the machine has no network but loopback, so nothing may call out; the
 * WebUI omnibox feature costs a hidden page 150-330 ms of CPU in every new window, which timings must not see.
 */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
