// FAQ first: suggestions appear while the visitor types; "This answered my question" is recorded.
import {check, ready, run} from './steps.mjs';

await run(async ({page, url, shot}) => {
    await page.goto(url);
    const launcher = page.getByRole('button', {name: 'Open the support chat'});
    await launcher.waitFor();
    await shot('launcher');
    await launcher.click();
    const question = page.getByRole('searchbox', {name: 'Type your question'});
    check(await question.evaluate((e) => e === document.activeElement), 'the question box does not have the focus');
    // Typed key by key, as a visitor does: the widget waits for a pause before it asks.
    await question.pressSequentially('where is my order', {delay: 40});
    const suggestion =
        page.getByRole('list', {name: 'Suggested answers'}).getByRole('button', {name: /Tracking a delivery/});
    await suggestion.waitFor();
    await shot('faq');
    // One more word and the click at once, inside the pause before the widget asks again: the
    // question recorded with "helped" is still all the visitor typed.
    await question.pressSequentially(' tracking', {delay: 10});
    await suggestion.click();
    await page.getByRole('heading', {name: /Where is my order\? Tracking a delivery/}).waitFor();
    // The article's html arrives rendered from Markdown: the steps are a real list.
    check(await page.locator('.spocs-article-body ol li').count() >= 3, 'the article is not rendered as html');
    await page.getByRole('button', {name: 'This answered my question'}).click();
    await page.getByText('Glad we could help!').waitFor();
    await shot('faq-article');
    await ready('helped');
    // Escape closes the panel and gives the focus back to the launcher.
    await page.keyboard.press('Escape');
    check(await page.locator('.spocs-panel').isHidden(), 'Escape did not close the panel');
    check(await launcher.evaluate((e) => e === document.activeElement), 'the launcher did not get the focus back');
});
