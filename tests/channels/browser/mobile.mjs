// A phone: 360 px wide, German. The open panel fills the screen and speaks German.
import {check, run} from './steps.mjs';

await run(async ({page, url, shot}) => {
    await page.goto(url);
    const launcher = page.getByRole('button', {name: 'Support-Chat öffnen'});
    await launcher.waitFor();
    check((await launcher.textContent()).includes('Hilfe'), 'the launcher is not in German');
    await launcher.click();
    const panel = page.getByRole('dialog', {name: 'Kundenservice'});
    await panel.waitFor();
    const box = await panel.boundingBox();
    check(box.x === 0 && box.width === 360, `the panel is ${box.width} px wide at x=${box.x}, not the whole screen`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    check(scrollWidth <= 360, `the page scrolls sideways (${scrollWidth} px)`);
    await page.getByRole('searchbox', {name: 'Ihre Frage'}).pressSequentially('Rechnung', {delay: 30});
    await page.getByRole('list', {name: 'Passende Antworten'}).getByRole('button').first().waitFor();
    await shot('mobile-360');
    await page.getByRole('button', {name: 'Schließen'}).click();
    check(await panel.isHidden(), 'the close button did not close the panel');
}, {viewport: {width: 360, height: 740}, locale: 'de-DE'});
