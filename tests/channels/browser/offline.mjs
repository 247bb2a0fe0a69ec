// Nobody available: the widget says so and takes a message (an e-mail contact); later the
// survey link from the e-mail is answered once.
import {check, ready, run} from './steps.mjs';

await run(async ({page, url, shot}) => {
    await page.goto(url);
    await page.getByRole('button', {name: 'Open the support chat'}).click();
    await page.getByRole('button', {name: 'Chat with us'}).click();
    await page.getByText('Nobody is available for this topic right now.').waitFor();
    check(await page.getByRole('button', {name: 'Start chat'}).isDisabled(), 'a chat can be started with nobody there');
    await page.getByRole('textbox', {name: 'Your name'}).fill('Otto Offline');
    await page.getByRole('textbox', {name: 'Your e-mail address'}).fill('otto.offline@example.net');
    await shot('offline-notice');
    await page.getByRole('button', {name: 'Leave a message'}).click();
    await page.getByRole('heading', {name: 'Leave us a message'}).waitFor();
    // What was typed is kept; the message itself is required here.
    check(await page.getByRole('textbox', {name: 'Your name'}).inputValue() === 'Otto Offline', 'the name was lost');
    await page.getByRole('button', {name: 'Send message'}).click();
    await page.getByText('Please write a message.').waitFor();
    await page.getByRole('textbox', {name: 'Your message'}).fill('Please call me back about my order.');
    await shot('offline-form');
    await page.getByRole('button', {name: 'Send message'}).click();
    await page.getByText('will answer by e-mail to otto.offline@example.net').waitFor();
    await shot('offline-sent');
    const {surveyUrl} = await ready('message-left');

    check(surveyUrl, 'no survey link');
    await page.goto(surveyUrl);
    await page.getByText(/How satisfied were you with your e-mail contact with/).waitFor();
    await page.getByRole('button', {name: 'Send'}).click();
    await page.getByText('Please choose 1 to 5 stars.').waitFor();
    await page.getByTitle('5 stars').click();
    check(await page.getByText('Please choose 1 to 5 stars.').isHidden(), 'the reminder stays after a choice');
    await page.getByRole('textbox', {name: 'Comment (optional)'}).fill('Called back the same day');
    await shot('survey');
    await page.getByRole('button', {name: 'Send'}).click();
    await page.getByText('Thank you for your feedback!').waitFor();
    await ready('survey-answered');

    // Once: the link now says so, and a made-up link is refused.
    await page.reload();
    await page.getByText('You have already answered this survey. Thank you!').waitFor();
    await page.goto(new URL('/survey?t=not-a-real-token', surveyUrl).href);
    await page.getByText('This survey link is not valid.').waitFor();
    await shot('survey-bad-link');
});
