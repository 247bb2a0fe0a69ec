// The coordinator goes away in the middle of a chat: the widget says "Reconnecting…", keeps what
// the visitor writes meanwhile and sends it once after it is back.
import {check, ready, run} from './steps.mjs';

await run(async ({page, url, shot}) => {
    await page.goto(url);
    await page.getByRole('button', {name: 'Open the support chat'}).click();
    await page.getByRole('button', {name: 'Chat with us'}).click();
    await page.getByRole('textbox', {name: 'Your name'}).fill('Rita Reconnect');
    await page.getByRole('textbox', {name: 'Your e-mail address'}).fill('rita@example.net');
    await page.getByRole('button', {name: 'Start chat'}).click();
    await page.getByText('Waiting for an agent…').waitFor();
    await ready('chat-started');
    await page.waitForFunction(() => !document.querySelector('.spocs-agent-name').textContent.includes('Waiting'));
    await ready('agent-joined');

    // The server is down now.
    await page.getByText('Reconnecting…').waitFor();
    const composer = page.getByRole('textbox', {name: 'Type your message'});
    await composer.fill('Sent while you were away');
    await composer.press('Enter');
    const mine = page.locator('.spocs-from-visitor').last();
    await mine.getByText('Sent while you were away').waitFor();
    check(await mine.getAttribute('data-state') === 'sending', 'the message does not show as sending');
    await shot('reconnecting');
    await ready('typed-offline');

    // Back: the banner goes, the message is delivered.
    await page.getByText('Reconnecting…').waitFor({state: 'hidden', timeout: 60000});
    await page.waitForFunction(() => {
        const all = document.querySelectorAll('.spocs-from-visitor');
        return all[all.length - 1].dataset.state === 'delivered';
    }, null, {timeout: 60000});
    check(
        await page.locator('.spocs-from-visitor').getByText('Sent while you were away').count() === 1,
        'the message shows twice');
    await ready('delivered');
});
