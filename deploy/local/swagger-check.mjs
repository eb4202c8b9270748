// Swagger UI "Authorize" check in headless Chromium (run by swagger-check.sh, which installs what this needs).
//   node swagger-check.mjs name=http://host:port ...   (JIXIAO_TOKEN: a finance token; CHROMIUM: the browser)
// For each service, on one page: without authorizing, GET /api/v1/audit (operation listAudit) through "Try it out" and
// "Execute" must show 401; after "Authorize" with the bearer token, the same call must show 200.
// Exit status 0 when every service passes, 1 otherwise (each failure says which service and step).
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const modules = process.env.SWAGGER_CHECK_NODE_MODULES;
const require = createRequire(modules ? join(modules, '..', 'package.json') : import.meta.url);
const { chromium } = require('playwright-core');

const TOKEN = process.env.JIXIAO_TOKEN;
const BROWSER = process.env.CHROMIUM || '/usr/bin/chromium';
const STEP_MS = Number(process.env.SWAGGER_CHECK_TIMEOUT_MS || 20000);
const SCREENSHOTS = process.env.SWAGGER_CHECK_SCREENSHOTS;
const TAG = 'audit';
const OPERATION = 'listAudit';
const PATH = '/api/v1/audit';

const services = process.argv.slice(2).map((arg) => {
  const eq = arg.indexOf('=');
  return eq > 0 ? { name: arg.slice(0, eq), url: arg.slice(eq + 1).replace(/\/+$/, '') } : { name: arg, url: arg };
});
if (!TOKEN) {
  console.error('[swagger-check] JIXIAO_TOKEN (a finance token) is not set');
  process.exit(2);
}
if (services.length === 0) {
  console.error('usage: node swagger-check.mjs name=http://127.0.0.1:8081 ...');
  process.exit(2);
}

const log = (msg) => console.log(`[swagger-check] ${msg}`);

/**
 * Runs listAudit from the page: expand (once), "Try it out" (once), "Execute"; returns the status the page shows
 * for this execution (waiting for the request's answer to replace an earlier one) and the request's Authorization.
 */
async function execute(page, step, previous) {
  const block = page.locator(`#operations-${TAG}-${OPERATION}`);
  step.name = `find the operation GET ${PATH} (${OPERATION})`;
  await block.waitFor({ state: 'visible' });
  if (!(await block.evaluate((el) => el.classList.contains('is-open')))) {
    step.name = `expand GET ${PATH}`;
    await block.locator('.opblock-summary').first().click();
  }
  const tryOut = block.locator('button.try-out__btn');
  await tryOut.waitFor({ state: 'visible' });
  if ((await tryOut.innerText()).trim().toLowerCase().startsWith('try it out')) {
    step.name = 'click "Try it out"';
    await tryOut.click();
  }
  step.name = 'click "Execute"';
  const answered = page.waitForResponse((r) => r.url().includes(PATH) && r.request().method() === 'GET');
  await block.locator('button.execute').click();
  const response = await answered;
  step.name = 'read the response code shown';
  const status = block.locator('.live-responses-table tr.response .response-col_status').first();
  await status.waitFor({ state: 'visible' });
  let shown = (await status.innerText()).trim();
  for (const until = Date.now() + 5000; previous && shown === previous && response.status() !== Number(previous.slice(0, 3))
    && Date.now() < until;) {
    await page.waitForTimeout(100);
    shown = (await status.innerText()).trim();
  }
  const authorization = (await response.request().allHeaders())['authorization'];
  return { code: Number((shown.match(/^\d{3}/) || [])[0]), shown, authorization, network: response.status() };
}

/** "Authorize", the bearer token in the dialog, its "Authorize", then "Close". */
async function authorize(page, step) {
  step.name = 'click "Authorize"';
  await page.locator('.scheme-container button.authorize, .auth-wrapper button.authorize').first().click();
  const dialog = page.locator('.dialog-ux .modal-ux');
  await dialog.waitFor({ state: 'visible' });
  step.name = 'paste the token into the bearer field';
  const field = dialog.locator('.auth-container input').first();
  await field.waitFor({ state: 'visible' });
  await field.fill(TOKEN);
  step.name = 'click the dialog\'s "Authorize"';
  await dialog.locator('.auth-btn-wrapper button.authorize, .auth-btn-wrapper button:has-text("Authorize")').first().click();
  step.name = 'see the dialog confirm the authorization ("Logout")';
  await dialog.locator('.auth-btn-wrapper button:has-text("Logout")').first().waitFor({ state: 'visible' });
  step.name = 'close the dialog';
  await dialog.locator('.auth-btn-wrapper button.btn-done, .auth-btn-wrapper button:has-text("Close")').first().click();
  await dialog.waitFor({ state: 'hidden' });
}

/** One page: the call without a token (401), then "Authorize" and the same call again (200). */
async function check(browser, service) {
  const started = Date.now();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  context.setDefaultTimeout(STEP_MS);
  const page = await context.newPage();
  const step = { name: 'open Swagger UI' };
  let phase = 'without a token';
  try {
    const response = await page.goto(`${service.url}/q/swagger-ui/`, { waitUntil: 'domcontentloaded' });
    if (!response || response.status() !== 200) {
      throw new Error(`GET ${service.url}/q/swagger-ui/ answered ${response ? response.status() : 'nothing'}`);
    }
    const anonymous = await execute(page, step);
    if (anonymous.code !== 401 || anonymous.authorization) {
      throw new Error(`Swagger UI shows ${JSON.stringify(anonymous.shown)} for GET ${PATH} (the server answered`
        + ` ${anonymous.network}), expected 401${anonymous.authorization ? '; an Authorization header was sent' : ''}`);
    }
    phase = 'authorized';
    await authorize(page, step);
    const authorized = await execute(page, step, anonymous.shown);
    if (authorized.code !== 200) {
      throw new Error(`Swagger UI shows ${JSON.stringify(authorized.shown)} for GET ${PATH} (the server answered`
        + ` ${authorized.network}), expected 200 (Authorization header sent: `
        + `${authorized.authorization ? authorized.authorization.slice(0, 20) + '…' : 'none'})`);
    }
    if (authorized.authorization !== `Bearer ${TOKEN}`) {
      throw new Error(`the request carried ${authorized.authorization ? 'another Authorization header' : 'no Authorization header'}`);
    }
    return `${service.name}: ${service.url}/q/swagger-ui  GET ${PATH} without a token ${anonymous.code},`
      + ` after Authorize ${authorized.code}  (${((Date.now() - started) / 1000).toFixed(1)} s)`;
  } catch (e) {
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${service.name}.png`), fullPage: true }).catch(() => {});
    }
    throw new Error(`${service.name} (${service.url}/q/swagger-ui), ${phase}: step "${step.name}" failed: ${e.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
}

const started = Date.now();
const browser = await chromium.launch({
  executablePath: BROWSER,
  headless: true,
  args: ['--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
});
const version = browser.version();
let failures = 0;
try {
  // one service after the other, each in its own browser context (in parallel is no faster on a small machine:
  // the page's script bundle is parsed on the CPU)
  const outcomes = [];
  for (const service of services) {
    outcomes.push(await check(browser, service).then((value) => ({ status: 'fulfilled', value }),
      (reason) => ({ status: 'rejected', reason })));
  }
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') {
      log(outcome.value);
    } else {
      failures++;
      console.error(`[swagger-check] FAILED ${outcome.reason.message}`);
    }
  }
} finally {
  await browser.close();
}
log(`${services.length - failures} of ${services.length} services pass (${((Date.now() - started) / 1000).toFixed(1)} s, Chromium ${version})`);
process.exit(failures ? 1 : 0);
