/**
 * Browser launchers for the engines besides Chromium (web-test-runner.engines.config.mjs):
 * - Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi through
 *   @web/test-runner-chrome's ChromeLauncher, which takes a puppeteer instance and its launch options;
 * - WebKitGTK (Debian's webkit2gtk-driver): WebKitWebDriver, started under xvfb-run (MiniBrowser needs a
 *   display) when the runner starts and stopped with it, driven by @web/test-runner-webdriver.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function need(path, pkg) {
  if (existsSync(path)) return;
  console.error(`No ${path}: install Debian's ${pkg} (apt-get install ${pkg}).`);
  process.exit(1);
}

export function firefoxLauncher() {
  need(firefoxPath, 'firefox-esr');
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
  });
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver ended (exit code ${child.exitCode})`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${ms} ms`);
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, which this launcher starts (under xvfb-run) and stops. */
export function webkitLauncher() {
  need(webkitDriverPath, 'webkit2gtk-driver');
  need(miniBrowserPath, 'webkit2gtk-driver');
  need('/usr/bin/xvfb-run', 'xvfb');
  const options = {
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebDriver classic: WebKitWebDriver refuses the webSocketUrl (BiDi) capability webdriverio adds otherwise.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
    },
  };
  const launcher = webdriverLauncher(options);
  let driver;
  const stopDriver = () => {
    if (!driver || driver.exitCode !== null) return;
    // xvfb-run, Xvfb and WebKitWebDriver share the process group started here.
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stopDriver);
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    options.port = await freePort();
    driver = spawn('xvfb-run', ['-a', webkitDriverPath, `--port=${options.port}`], {
      detached: true,
      stdio: 'ignore',
    });
    await waitForPort(options.port, driver);
    await initialize(config, testFiles);
    launcher.name = 'WebKit';
  };
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      stopDriver();
    }
  };
  return launcher;
}

/**
 * What @web/test-runner-commands does not do in these engines, mended when the server starts (the runner puts its
 * own command plugins before the config's, so this plugin wraps them):
 * - set-viewport in WebDriver sessions (it knows Puppeteer and Playwright only): sizes the window so that its
 *   viewport is the size asked for;
 * - send-keys "Space" in Firefox: puppeteer's BiDi keyboard knows the key as " ".
 */
export const commandsPlugin = {
  name: 'engine-commands',
  serverStart({ config }) {
    const wrap = (name, fn) => {
      const plugin = config.plugins.find((p) => p.name === name);
      if (!plugin) throw new Error(`engine-commands: no ${name} plugin to wrap`);
      const execute = plugin.executeCommand.bind(plugin);
      plugin.executeCommand = (args) => fn(args, execute);
    };
    wrap('set-viewport-command', async (args, execute) => {
      const { command, payload, session } = args;
      if (command !== 'set-viewport' || session.browser.type !== 'webdriver') return execute(args);
      const driver = session.browser.driver;
      const { width, height } = payload;
      for (let i = 0; i < 3; i++) {
        const [w, h, iw, ih] = await driver.execute('return [outerWidth, outerHeight, innerWidth, innerHeight]');
        if (iw === width && ih === height) break;
        await driver.setWindowSize(w + width - iw, h + height - ih);
      }
      return true;
    });
    wrap('send-keys-command', (args, execute) => {
      const { command, payload, session } = args;
      if (command === 'send-keys' && session.browser.name === 'Firefox' && payload?.press === 'Space')
        return execute({ ...args, payload: { ...payload, press: ' ' } });
      return execute(args);
    });
  },
};
