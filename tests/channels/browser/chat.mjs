// Pre-chat form, then a chat with a real agent (driven by the C++ test): messages both ways,
// typing and read states, the transcript by e-mail, the visitor ends the chat and rates it.
import {check, ready, run} from './steps.mjs';

await run(async ({page, url, shot}) => {
    await page.goto(url);
    await page.getByRole('button', {name: 'Open the support chat'}).click();
    await page.getByRole('button', {name: 'Chat with us'}).click();
    await page.getByRole('textbox', {name: 'Your name'}).fill('Vera Visitor');
    const topic = page.getByRole('combobox', {name: 'Topic'});
    check(await topic.locator('option').count() > 0, 'no topics to choose from');
    // An empty address is refused in the form, with the reason at the field.
    await page.getByRole('button', {name: 'Start chat'}).click();
    const email = page.getByRole('textbox', {name: 'Your e-mail address'});
    check(await email.getAttribute('aria-invalid') === 'true', 'the missing e-mail address is not marked');
    await page.getByText('Please enter a valid e-mail address.').waitFor();
    await email.fill('vera.visitor@example.net');
    await page.getByRole('textbox', {name: 'Your question (optional)'}).fill('My invoice is wrong');
    await shot('prechat-form');
    await page.getByRole('button', {name: 'Start chat'}).click();
    await page.getByText('Waiting for an agent…').waitFor();
    const topicName = await page.evaluate(() => window.SpocsWidget.chat.topic.name);
    await ready('chat-started', {topic: topicName});

    // The agent accepted: their name and initials appear.
    const agentName = page.locator('.spocs-agent-name');
    await page.waitForFunction(() => !document.querySelector('.spocs-agent-name').textContent.includes('Waiting'));
    const name = await agentName.textContent();
    const avatar = await page.locator('.spocs-agent .spocs-avatar').textContent();
    check(/^[A-Z]{1,2}$/.test(avatar), `the avatar shows "${avatar}"`);
    await ready('agent-joined', {name, initials: avatar});

    // The agent is typing.
    await page.getByText(`${name} is typing…`).waitFor();
    await ready('agent-typing-shown');

    // The agent's reply, as text: markup in it is shown, never run.
    const reply = page.getByRole('log', {name: 'Chat messages'}).locator('.spocs-from-agent').last();
    await reply.getByText('Let me check that <b>for you</b>.').waitFor();
    check(await reply.locator('b').count() === 0, 'the agent text was inserted as html');
    check(await page.locator('.spocs-typing').textContent() === '', 'the typing indicator stayed after the message');
    await ready('agent-message-shown');

    // The visitor types (the agent sees it) and sends with Enter.
    const composer = page.getByRole('textbox', {name: 'Type your message'});
    await composer.pressSequentially('It is invoice 4711', {delay: 30});
    await ready('visitor-typing');
    await composer.press('Enter');
    const mine = page.locator('.spocs-from-visitor').last();
    await mine.getByText('It is invoice 4711').waitFor();
    await page.waitForFunction(() => {
        const all = document.querySelectorAll('.spocs-from-visitor');
        return all[all.length - 1].dataset.state === 'delivered';
    });
    await ready('visitor-message-delivered');

    // The agent read it: the tick turns into "Read".
    await page.waitForFunction(() => {
        const all = document.querySelectorAll('.spocs-from-visitor');
        return all[all.length - 1].dataset.state === 'read';
    });
    check(await mine.getByLabel('Read').count() === 1, 'the read tick has no accessible name');
    await shot('chat');
    await page.getByRole('button', {name: 'Email me the transcript'}).click();
    await page.getByText('The transcript is on its way to').waitFor();
    await ready('transcript-requested');

    await page.getByRole('button', {name: 'End chat'}).click();
    await page.getByRole('heading', {name: 'How was your chat?'}).waitFor();
    // Keyboard only: the first star has the focus; arrow keys move to four stars.
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; ++i) await page.keyboard.press('ArrowRight');
    check(await page.getByRole('radio', {name: '4 stars'}).isChecked(), 'the arrow keys did not choose 4 stars');
    await page.getByRole('textbox', {name: 'Comment (optional)'}).fill('Quick and friendly');
    await shot('csat');
    await page.getByRole('button', {name: 'Send rating'}).click();
    await page.getByText('Thank you for your feedback!').waitFor();
    await ready('rated');
});
