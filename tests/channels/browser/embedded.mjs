// The widget on another site: a page of the static FAQ export (kb-export --widget-url), served from
// another origin, loads the widget from the coordinator and chats through its endpoint.
import {check, run} from './steps.mjs';

await run(async ({page, url, shot}) => {
    await page.goto(url);
    await page.getByRole('heading', {name: 'Frequently asked questions', level: 1}).waitFor();
    const launcher = page.getByRole('button', {name: 'Open the support chat'});
    await launcher.waitFor();
    const socket = new URL(await page.evaluate(() => window.SpocsVisitor.socketUrl));
    check(new URL(page.url()).port !== socket.port, 'the page and the widget share an origin: this is no embedding');
    await launcher.click();
    await page.getByRole('searchbox', {name: 'Type your question'}).pressSequentially('invoice', {delay: 30});
    await page.getByRole('list', {name: 'Suggested answers'}).getByRole('button').first().waitFor();
    await shot('embedded-faq-site');
});
