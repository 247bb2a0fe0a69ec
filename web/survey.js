// The survey page behind the e-mailed link /survey?t=TOKEN: survey.get, then survey.answer once.
(() => {
    'use strict';
    const {VisitorConnection, socketUrl, t, lang, el, field, starRating, errorText} = window.SpocsVisitor;
    const main = document.getElementById('survey');
    const token = new URLSearchParams(location.search).get('t') || '';
    const connection = new VisitorConnection(socketUrl, {persistToken: false});
    document.title = t('surveyTitle');
    document.documentElement.lang = lang;

    const showState = (state, text) => {
        main.dataset.state = state;
        const message = el('p', {class: 'spocs-confirmation', tabindex: '-1'}, text);
        main.replaceChildren(el('h1', {}, t('surveyTitle')), message);
        message.focus();
    };

    function renderForm(survey) {
        main.dataset.state = 'form';
        const date = new Date(survey.date).toLocaleDateString(document.documentElement.lang || undefined, {
            year: 'numeric',
            month: 'long',
            day: 'numeric'
        });
        const channel = t('channel')[survey.channel] || survey.channel;
        const problem = el('p', {class: 'spocs-field-error', role: 'alert', hidden: true});
        const stars = starRating(t('surveyQuestion', channel, survey.agent, date), () => {
            problem.hidden = true;
        });
        const comment = field(t('comment'), el('textarea', {rows: 4, maxlength: 1000}));
        const submit = el('button', {type: 'submit', class: 'spocs-primary'}, t('send'));
        const form = el('form', {novalidate: true}, stars.node, comment.row, problem, submit);
        form.addEventListener('submit', async (e) => {
            e.preventDefault();
            if (!stars.value()) {
                problem.textContent = t('chooseScore');
                problem.hidden = false;
                stars.focus();
                return;
            }
            submit.disabled = true;
            const args = {token, score: stars.value()};
            if (comment.input.value.trim()) args.comment = comment.input.value.trim();
            try {
                await connection.request('survey.answer', args);
                showState('thanks', t('csatThanks'));
            } catch (error) {
                if (error.code === 'invalid_state') {
                    showState('answered', t('surveyAnswered'));
                    return;
                }
                submit.disabled = false;
                problem.textContent = errorText(error);
                problem.hidden = false;
            }
        });
        main.replaceChildren(el('h1', {}, t('surveyTitle')), form);
        stars.focus();
    }

    async function load() {
        if (!token) {
            showState('bad-link', t('surveyBadLink'));
            return;
        }
        try {
            const data = await connection.request('survey.get', {token});
            if (data.survey.answered)
                showState('answered', t('surveyAnswered'));
            else
                renderForm(data.survey);
        } catch (error) {
            if (error.code === 'not_found' || error.code === 'bad_request')
                showState('bad-link', t('surveyBadLink'));
            else
                showState('error', errorText(error));
        }
    }

    connection.start();
    load();
})();
