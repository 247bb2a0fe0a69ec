// Shared by the chat widget (widget.js) and the survey page (survey.js): the visitor protocol's
// connection (docs/protocol.md, "Visitors": hello/welcome, requests, events, reconnect with
// back-off), the English and German strings in one table, and small DOM helpers. widget.js loads
// this file from beside itself, so a site still embeds only widget.js. Plain ES2020, no build step.
(() => {
    'use strict';
    if (window.SpocsVisitor) return;

    // The WebSocket lives on the host this file came from (ws on http, wss on https).
    const script = document.currentScript || document.querySelector('script[src*="visitor.js"]');
    const base = new URL(script ? script.src : location.href, location.href);
    const socketUrl = `${base.protocol === 'https:' ? 'wss:' : 'ws:'}//${base.host}/visitor`;
    const tokenKey = 'spocs.visitor';

    // ---- strings ---------------------------------------------------------------------------------
    const STRINGS = {
        en: {
            launcher: 'Help',
            launcherOpen: 'Open the support chat',
            title: 'Customer support',
            close: 'Close',
            back: 'Back',
            faqHeading: 'How can we help?',
            faqLabel: 'Type your question',
            faqPlaceholder: 'e.g. Where is my order?',
            faqNone: 'No answers found. Ask us directly.',
            faqSuggestions: 'Suggested answers',
            faqResults: (n) => (n === 1 ? '1 answer found' : `${n} answers found`),
            faqHelped: 'This answered my question',
            faqNeedHelp: 'I still need help',
            faqThanks: 'Glad we could help!',
            chatWithUs: 'Chat with us',
            formHeading: 'Start a chat',
            name: 'Your name',
            email: 'Your e-mail address',
            topic: 'Topic',
            message: 'Your question (optional)',
            messageRequired: 'Your message',
            startChat: 'Start chat',
            unavailableSuffix: ' (nobody available)',
            closedNotice: (hours) => `We are closed right now. Our opening hours: ${hours}.`,
            nobodyNotice: 'Nobody is available for this topic right now.',
            leaveMessage: 'Leave a message',
            offlineHeading: 'Leave us a message',
            offlineIntro: 'We answer by e-mail as soon as we can.',
            send: 'Send',
            sendMessage: 'Send message',
            offlineThanks: (email) => `Thank you! We have your message and will answer by e-mail to ${email}.`,
            fieldName: 'Please enter your name.',
            fieldEmail: 'Please enter a valid e-mail address.',
            fieldTopic: 'Please choose a topic.',
            fieldText: 'Please write a message.',
            waiting: 'Waiting for an agent…',
            agentJoined: (name) => `${name} joined the chat`,
            chatLog: 'Chat messages',
            yourMessage: 'Type your message',
            typing: (name) => `${name} is typing…`,
            sending: 'Sending…',
            delivered: 'Delivered',
            read: 'Read',
            notSent: 'Not sent',
            you: 'You',
            transcript: 'Email me the transcript',
            transcriptSent: (to) => `The transcript is on its way to ${to}.`,
            endChat: 'End chat',
            ended: 'The chat has ended.',
            reconnecting: 'Reconnecting…',
            csatHeading: 'How was your chat?',
            stars: 'Rating',
            star: (n) => (n === 1 ? '1 star' : `${n} stars`),
            comment: 'Comment (optional)',
            rate: 'Send rating',
            chooseScore: 'Please choose 1 to 5 stars.',
            csatThanks: 'Thank you for your feedback!',
            newChat: 'Start a new chat',
            error: 'Something went wrong. Please try again.',
            rateLimited: 'Slow down a little, please, and try again.',
            unavailable: 'This is not available right now.',
            surveyTitle: 'Your feedback',
            surveyQuestion: (channel, agent, date) =>
                `How satisfied were you with your ${channel} contact with ${agent} on ${date}?`,
            channel: {phone: 'phone', email: 'e-mail', chat: 'chat'},
            surveyAnswered: 'You have already answered this survey. Thank you!',
            surveyBadLink: 'This survey link is not valid.',
        },
        de: {
            launcher: 'Hilfe',
            launcherOpen: 'Support-Chat öffnen',
            title: 'Kundenservice',
            close: 'Schließen',
            back: 'Zurück',
            faqHeading: 'Wie können wir helfen?',
            faqLabel: 'Ihre Frage',
            faqPlaceholder: 'z. B. Wo ist meine Bestellung?',
            faqNone: 'Keine Antworten gefunden. Fragen Sie uns direkt.',
            faqSuggestions: 'Passende Antworten',
            faqResults: (n) => (n === 1 ? '1 Antwort gefunden' : `${n} Antworten gefunden`),
            faqHelped: 'Das hat meine Frage beantwortet',
            faqNeedHelp: 'Ich brauche noch Hilfe',
            faqThanks: 'Schön, dass wir helfen konnten!',
            chatWithUs: 'Mit uns chatten',
            formHeading: 'Chat beginnen',
            name: 'Ihr Name',
            email: 'Ihre E-Mail-Adresse',
            topic: 'Thema',
            message: 'Ihre Frage (optional)',
            messageRequired: 'Ihre Nachricht',
            startChat: 'Chat beginnen',
            unavailableSuffix: ' (niemand erreichbar)',
            closedNotice: (hours) => `Wir haben gerade geschlossen. Unsere Öffnungszeiten: ${hours}.`,
            nobodyNotice: 'Für dieses Thema ist gerade niemand erreichbar.',
            leaveMessage: 'Nachricht hinterlassen',
            offlineHeading: 'Hinterlassen Sie uns eine Nachricht',
            offlineIntro: 'Wir antworten so bald wie möglich per E-Mail.',
            send: 'Senden',
            sendMessage: 'Nachricht senden',
            offlineThanks: (email) => `Danke! Wir haben Ihre Nachricht und antworten per E-Mail an ${email}.`,
            fieldName: 'Bitte geben Sie Ihren Namen ein.',
            fieldEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
            fieldTopic: 'Bitte wählen Sie ein Thema.',
            fieldText: 'Bitte schreiben Sie eine Nachricht.',
            waiting: 'Wir verbinden Sie mit einem Mitarbeiter…',
            agentJoined: (name) => `${name} ist dem Chat beigetreten`,
            chatLog: 'Chat-Nachrichten',
            yourMessage: 'Ihre Nachricht',
            typing: (name) => `${name} schreibt…`,
            sending: 'Wird gesendet…',
            delivered: 'Zugestellt',
            read: 'Gelesen',
            notSent: 'Nicht gesendet',
            you: 'Sie',
            transcript: 'Verlauf per E-Mail senden',
            transcriptSent: (to) => `Der Verlauf ist unterwegs an ${to}.`,
            endChat: 'Chat beenden',
            ended: 'Der Chat ist beendet.',
            reconnecting: 'Verbindung wird wiederhergestellt…',
            csatHeading: 'Wie war Ihr Chat?',
            stars: 'Bewertung',
            star: (n) => (n === 1 ? '1 Stern' : `${n} Sterne`),
            comment: 'Kommentar (optional)',
            rate: 'Bewertung senden',
            chooseScore: 'Bitte wählen Sie 1 bis 5 Sterne.',
            csatThanks: 'Vielen Dank für Ihre Rückmeldung!',
            newChat: 'Neuen Chat beginnen',
            error: 'Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.',
            rateLimited: 'Bitte etwas langsamer, und dann noch einmal.',
            unavailable: 'Das ist gerade nicht verfügbar.',
            surveyTitle: 'Ihre Meinung',
            surveyQuestion: (channel, agent, date) =>
                `Wie zufrieden waren Sie mit Ihrem Kontakt per ${channel} mit ${agent} am ${date}?`,
            channel: {phone: 'Telefon', email: 'E-Mail', chat: 'Chat'},
            surveyAnswered: 'Sie haben diese Umfrage schon beantwortet. Danke!',
            surveyBadLink: 'Dieser Umfrage-Link ist ungültig.',
        },
    };
    const language = navigator.language || 'en';
    const strings = language.toLowerCase().startsWith('de') ? STRINGS.de : STRINGS.en;
    const t = (key, ...args) => {
        const value = strings[key];
        return typeof value === 'function' ? value(...args) : value;
    };


    // ---- small DOM helpers -----------------------------------------------------------------------
    let uniqueIds = 0;
    const uid = (prefix) => `spocs-${prefix}-${++uniqueIds}`;
    // el('button', {class: 'x', type: 'button', onclick: fn}, 'text', child...)
    function el(tag, attrs = {}, ...children) {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attrs)) {
            if (value === undefined || value === null || value === false) continue;
            if (name.startsWith('on'))
                node.addEventListener(name.slice(2), value);
            else if (name === 'class')
                node.className = value;
            else
                node.setAttribute(name, value === true ? '' : String(value));
        }
        for (const child of children)
            if (child !== null && child !== undefined)
                node.append(child instanceof Node ? child : document.createTextNode(String(child)));
        return node;
    }
    // A labelled form field; returns {row, input, error}.
    function field(label, input) {
        input.id = input.id || uid('field');
        const error = el('p', {class: 'spocs-field-error', id: uid('error'), hidden: true});
        input.setAttribute('aria-describedby', error.id);
        const row = el('div', {class: 'spocs-field'}, el('label', { for: input.id
                       }, label), input, error);
        return {row, input, error};
    }
    function showFieldError(f, message) {
        f.error.textContent = message || '';
        f.error.hidden = !message;
        if (message)
            f.input.setAttribute('aria-invalid', 'true');
        else
            f.input.removeAttribute('aria-invalid');
    }
    // A speech bubble drawn inline: no emoji font or image request needed.
    function storage(key, value) {
        try {
            if (value === undefined) return localStorage.getItem(key);
            if (value === null)
                localStorage.removeItem(key);
            else
                localStorage.setItem(key, value);
        } catch (e) {
            // Private browsing or blocked storage: the widget still works, only without resuming.
        }
        return null;
    }
    function errorText(error) {
        if (!error) return t('error');
        if (error.code === 'rate_limited') return t('rateLimited');
        if (error.code === 'unavailable') return t('unavailable');
        return t('error');
    }
    // A 1–5 star rating as a radio group: arrow keys move, Space/Enter choose; onChoose(score) after
    // each choice. Returns {node, value(), focus()}.
    function starRating(label, onChoose = () => {}) {
        let score = 0;
        const legend = el('legend', {}, label);
        const group = el('fieldset', {class: 'spocs-stars'}, legend);
        const stars = [];
        const paint = () => stars.forEach((s, i) => {
            s.input.checked = i + 1 === score;
            s.label.classList.toggle('spocs-star-on', i < score);
        });
        const name = uid('stars');
        for (let n = 1; n <= 5; ++n) {
            const input = el(
                'input',
                {type: 'radio', name, value: n, id: uid('star'), class: 'spocs-star-input', 'data-autofocus': n === 1});
            input.addEventListener('change', () => {
                score = n;
                paint();
                onChoose(score);
            });
            const label = el('label', { for: input.id, class: 'spocs-star', title: t('star', n) },
                el('span', { 'aria-hidden': 'true' }, '★'), el('span', { class: 'spocs-visually-hidden' }, t('star', n)));
                stars.push({input, label});
                group.append(input, label);
        }
        return { node: group, value: () => score, focus: () => stars[0].input.focus() };
        }

        // ---- the connection ---------------------------------------------------------------------------
        // One WebSocket to /visitor: hello/welcome, requests with ids, events, reconnect with back-off.
        class VisitorConnection extends EventTarget {
            constructor(url, {persistToken = true} = {}) {
                super();
                this.url = url;
                this.persistToken = persistToken;
                this.token = persistToken ? storage(tokenKey) : null;
                this.nextId = 1;
                this.pending = new Map();
                this.waiting = [];  // requests made while not connected
                this.ready = false;
                this.attempt = 0;
                this.wanted = false;
                this.socket = null;
            }
            start() {
                if (this.wanted) return;
                this.wanted = true;
                this.open();
            }
            open() {
                const socket = new WebSocket(this.url);
                this.socket = socket;
                socket.addEventListener('open', () => {
                    const hello = {t: 'hello', v: 1};
                    if (this.token) hello.visitor = this.token;
                    socket.send(JSON.stringify(hello));
                });
                socket.addEventListener('message', (e) => this.onFrame(e.data));
                socket.addEventListener('close', () => this.onClose(socket));
            }
            onFrame(text) {
                let frame;
                try {
                    frame = JSON.parse(text);
                } catch (e) {
                    return;
                }
                if (frame.t === 'welcome') {
                    this.token = frame.visitor;
                    if (this.persistToken) storage(tokenKey, this.token);
                    this.ready = true;
                    this.attempt = 0;
                    this.emit('state', {connected: true});
                    this.emit('welcome', frame);
                    for (const send of this.waiting.splice(0)) send();
                } else if (frame.t === 'res') {
                    const entry = this.pending.get(frame.re);
                    if (!entry) return;
                    this.pending.delete(frame.re);
                    clearTimeout(entry.timer);
                    if (frame.ok)
                        entry.resolve(frame.data || {});
                    else
                        entry.reject(frame.error || {code: 'internal'});
                } else if (frame.t === 'evt') {
                    this.emit('event', {kind: frame.kind, data: frame.data || {}});
                } else if (frame.t === 'err') {
                    this.emit('error', frame.error || {});
                }
            }
            onClose(socket) {
                if (socket !== this.socket) return;
                const wasReady = this.ready;
                this.ready = false;
                for (const entry of this.pending.values()) {
                    clearTimeout(entry.timer);
                    entry.reject({code: 'disconnected'});
                }
                this.pending.clear();
                if (!this.wanted) return;
                if (wasReady || this.attempt === 0) this.emit('state', {connected: false});
                // 0.5 s, 1 s, 2 s … up to 15 s, with jitter so a restarted server is not hit all at once.
                const delay = Math.min(15000, 500 * 2 ** this.attempt) * (0.75 + Math.random() * 0.5);
                ++this.attempt;
                setTimeout(() => this.open(), delay);
            }
            request(op, args = {}) {
                return new Promise((resolve, reject) => {
                    const send = () => {
                        const id = this.nextId++;
                        const timer = setTimeout(() => {
                            this.pending.delete(id);
                            reject({code: 'timeout'});
                        }, 20000);
                        this.pending.set(id, {resolve, reject, timer});
                        this.socket.send(JSON.stringify({t: 'req', id, op, args}));
                    };
                    if (this.ready)
                        send();
                    else
                        this.waiting.push(send);
                });
            }
            emit(type, detail) {
                this.dispatchEvent(new CustomEvent(type, {detail}));
            }
        }


        window.SpocsVisitor = {
            VisitorConnection,
            socketUrl,
            base,
            t,
            lang: strings === STRINGS.de ? 'de' : 'en',
            uid,
            el,
            field,
            showFieldError,
            starRating,
            errorText,
            storage,
        };
    })();
