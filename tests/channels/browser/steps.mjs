// The node side of WidgetBrowserTest: Debian's Chromium driven by playwright-core, stepping in
// lock-step with the C++ test over stdin/stdout lines.
//   node -> C++   READY <step> [json]    the browser reached a state; the C++ side checks the server
//                 FAIL <reason>          something a visitor would notice is wrong (exit status 1)
//                 DONE                   the scenario finished
//   C++ -> node   GO [json]              go on (with data the next step needs)
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import {chromium} from 'playwright-core';

const lines = readline.createInterface({input: process.stdin});
const waiting = [];
const received = [];
lines.on('line', (line) => {
    const next = waiting.shift();
    if (next)
        next(line);
    else
        received.push(line);
});
lines.on('close', () => {
    for (const next of waiting.splice(0)) next(null);
});

function nextLine() {
    if (received.length) return Promise.resolve(received.shift());
    return new Promise((resolve) => waiting.push(resolve));
}

// Tells the C++ side that `step` is reached and waits for its GO; returns the GO's payload.
export async function ready(step, payload) {
    process.stdout.write(`READY ${step}${payload === undefined ? '' : ` ${JSON.stringify(payload)}`}\n`);
    const line = await nextLine();
    if (line === null) throw new Error(`stdin closed while waiting for GO after ${step}`);
    if (!line.startsWith('GO')) throw new Error(`expected GO after ${step}, got: ${line}`);
    const rest = line.slice(2).trim();
    return rest ? JSON.parse(rest) : {};
}

export function check(condition, reason) {
    if (!condition) throw new Error(reason);
}

// While working on web/: SPOCS_WEB_DIR=web serves the files from the work tree instead of the
// copies compiled into the coordinator, so a change to them needs no rebuild. (Tests never set it.)
async function serveFrom(page, url, dir) {
    const types = {html: 'text/html', js: 'text/javascript', css: 'text/css'};
    await page.route(`${new URL(url).origin}/**`, async (route) => {
        let name = new URL(route.request().url()).pathname.slice(1);
        name = {'': 'index.html', 'chat/': 'index.html', survey: 'survey.html'}[name] ?? name;
        try {
            await route.fulfill({
                body: readFileSync(path.join(dir, path.basename(name))),
                contentType: types[name.split('.').pop()] || 'application/octet-stream'
            });
        } catch (e) {
            await route.fulfill({status: 404});
        }
    });
}

// Launches Chromium with a fresh profile, runs `scenario(page, context)` and reports DONE or FAIL.
export async function run(scenario, {
    viewport = {
        width: 1100,
        height: 760
    },
    locale = 'en-US'
} = {}) {
    const [, , url, screenshotDir] = process.argv;
    const profile = mkdtempSync(path.join(tmpdir(), 'spocs-chromium-'));
    let context = null;
    let page = null;
    const frames = [];
    let status = 0;
    try {
        check(url, 'usage: node SCRIPT.mjs WIDGET_URL SCREENSHOT_DIR');
        mkdirSync(screenshotDir, {recursive: true});
        context = await chromium.launchPersistentContext(profile, {
            executablePath: process.env.SPOCS_CHROMIUM || '/usr/bin/chromium',
            headless: true,
            viewport,
            locale,
            args: [
                '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync',
                // Pages served by page.route() have no address; let them reach the loopback socket.
                ...(process.env.SPOCS_WEB_DIR ? ['--disable-features=LocalNetworkAccessChecks'] : [])
            ],
        });
        context.setDefaultTimeout(30000);
        page = context.pages()[0] || (await context.newPage());
        if (process.env.SPOCS_WEB_DIR) await serveFrom(page, url, process.env.SPOCS_WEB_DIR);
        const problems = [];
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('console', (m) => {
            // A refused connection while the server is away is expected (the widget reconnects); a
            // failed load is reported with its address below.
            if (m.type() === 'error' && !/WebSocket connection to .* failed|Failed to load resource/.test(m.text()))
                problems.push(`console error: ${m.text()}`);
        });
        // The last frames both ways, printed to stderr when a step fails (the test shows stderr).
        page.on('websocket', (ws) => {
            const keep = (direction) => (f) => {
                frames.push(`${direction} ${String(f.payload).slice(0, 400)}`);
                if (frames.length > 30) frames.shift();
            };
            ws.on('framesent', keep('>>'));
            ws.on('framereceived', keep('<<'));
        });
        page.on('response', (r) => {
            if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
        });
        const shot = (name) => page.screenshot({path: path.join(screenshotDir, `${name}.png`)});
        await scenario({page, context, url, shot, problems});
        check(problems.length === 0, problems.join('; '));
        process.stdout.write('DONE\n');
    } catch (e) {
        // What the visitor saw when it went wrong: <scenario>-failure.png beside the other screenshots.
        if (page)
            await page
                .screenshot({path: path.join(screenshotDir, `${path.basename(process.argv[1], '.mjs')}-failure.png`)})
                .catch(() => {});
        process.stderr.write(`last WebSocket frames:\n${frames.join('\n')}\n`);
        process.stdout.write(`FAIL ${String(e && e.message ? e.message : e).split('\n').join(' | ')}\n`);
        status = 1;
    } finally {
        if (context) await context.close().catch(() => {});
        rmSync(profile, {recursive: true, force: true});
        lines.close();
    }
    process.exit(status);
}
