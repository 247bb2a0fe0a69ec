// Spocs web chat widget: FAQ first, then a chat with an agent (or a message when nobody is there).
// Embed with one tag: <script src="https://support.example.com:7401/widget.js" defer></script>
// (data-title="Example Shop support" on the tag names the panel; default: "Customer support").
// Plain ES2020, no build step. It loads visitor.js (the connection, strings and helpers) from beside
// itself and talks the visitor protocol over the WebSocket /visitor on that host. Chat text is only
// ever set with textContent.
(() => {
    'use strict';

    const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
    const scriptBase = new URL(script ? script.src : location.href, location.href);
    const outboxKey = 'spocs.outbox';

    function main() {
        const {
            VisitorConnection,
            socketUrl,
            base,
            t,
            lang,
            uid,
            el,
            field,
            showFieldError,
            starRating,
            errorText,
            storage
        } = window.SpocsVisitor;

        function chatIcon() {
            const ns = 'http://www.w3.org/2000/svg';
            const svg = document.createElementNS(ns, 'svg');
            svg.setAttribute('viewBox', '0 0 24 24');
            svg.setAttribute('aria-hidden', 'true');
            svg.setAttribute('class', 'spocs-launcher-icon');
            const path = document.createElementNS(ns, 'path');
            path.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
            path.setAttribute('fill', 'currentColor');
            svg.append(path);
            return svg;
        }
        function initials(name) {
            return (name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0].toUpperCase()).join('');
        }
        function clientId() {
            if (crypto.randomUUID) return crypto.randomUUID();
            return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0'))
                .join('');
        }

        // ---- the widget --------------------------------------------------------------------------------
        class Widget {
            constructor() {
                this.connection = new VisitorConnection(socketUrl);
                this.chat = null;                                      // the Chat from the protocol
                this.messages = new Map();                             // id -> {message, node}
                this.outbox = JSON.parse(storage(outboxKey) || '[]');  // [{cid, text}] not yet acknowledged
                this.localNodes = new Map();                           // cid -> node of a message without an id yet
                this.inFlight = new Set();                             // cids of chat.send requests not answered yet
                this.readUpTo = 0;  // the highest agent message id we told the server we read
                this.typingSentAt = 0;
                this.typingTimer = null;
                this.view = 'faq';
                this.question = '';
                this.searchSeq = 0;
                this.topics = null;
                this.build();
                this.connection.addEventListener('welcome', (e) => this.onWelcome(e.detail));
                this.connection.addEventListener('event', (e) => this.onEvent(e.detail));
                this.connection.addEventListener('state', (e) => this.onConnectionState(e.detail.connected));
                document.addEventListener('visibilitychange', () => this.markRead());
                // A returning visitor with a chat in progress gets it back at once.
                if (this.connection.token) this.connection.start();
            }

            build() {
                const css = el('link', {rel: 'stylesheet', href: new URL('widget.css', base).href});
                document.head.append(css);
                this.root = el('div', {class: 'spocs-widget', lang});
                this.launcher =
                    el('button', {
                        class: 'spocs-launcher',
                        type: 'button',
                        'aria-expanded': 'false',
                        'aria-label': t('launcherOpen'),
                        onclick: () => this.toggle(),
                    },
                       chatIcon(), el('span', {}, t('launcher')));
                const titleId = uid('title');
                this.status = el('p', {class: 'spocs-status', role: 'status', 'aria-live': 'polite', hidden: true});
                this.banner = el('p', {class: 'spocs-banner', role: 'status', hidden: true}, t('reconnecting'));
                this.body = el('div', {class: 'spocs-body'});
                this.panel = el(
                    'section', {
                        class: 'spocs-panel',
                        role: 'dialog',
                        'aria-labelledby': titleId,
                        hidden: true,
                        id: uid('panel'),
                    },
                    el('header', {class: 'spocs-header'},
                       el('h2', {id: titleId}, (script && script.dataset.title) || t('title')),
                       el('button',
                          {type: 'button', class: 'spocs-close', 'aria-label': t('close'), onclick: () => this.close()},
                          '×')),
                    this.banner, this.body, this.status);
                this.launcher.setAttribute('aria-controls', this.panel.id);
                // Escape closes, from inside the panel or when the focus fell back to the page (a button
                // that was just disabled), never while the visitor works elsewhere on the host page.
                document.addEventListener('keydown', (e) => {
                    const focus = document.activeElement;
                    if (e.key === 'Escape' && !this.panel.hidden &&
                        (this.root.contains(focus) || !focus || focus === document.body)) {
                        e.preventDefault();
                        this.close();
                    }
                });
                this.root.append(this.panel, this.launcher);
                document.body.append(this.root);
            }

            toggle() {
                if (this.panel.hidden)
                    this.open();
                else
                    this.close();
            }
            open() {
                this.panel.hidden = false;
                this.launcher.setAttribute('aria-expanded', 'true');
                this.root.classList.add('spocs-open');
                this.connection.start();
                if (!this.body.firstChild) this.render();
                this.focusFirst();
                this.markRead();
            }
            close() {
                this.panel.hidden = true;
                this.launcher.setAttribute('aria-expanded', 'false');
                this.root.classList.remove('spocs-open');
                this.launcher.focus();
            }
            focusFirst() {
                const target = this.body.querySelector('[data-autofocus]') ||
                    this.body.querySelector('input, textarea, select, button');
                if (target) target.focus();
            }
            say(message) {
                this.status.textContent = message || '';
                this.status.hidden = !message;
            }
            show(view) {
                this.view = view;
                this.say('');
                this.render();
                if (!this.panel.hidden) this.focusFirst();
            }
            render() {
                this.body.replaceChildren();
                this.root.dataset.view = this.view;
                const views = {
                    faq: () => this.renderFaq(),
                    article: () => this.renderArticle(),
                    form: () => this.renderForm(false),
                    offline: () => this.renderForm(true),
                    offlineDone: () => this.renderOfflineDone(),
                    chat: () => this.renderChat(),
                    csat: () => this.renderCsat(),
                    thanks: () => this.renderThanks(),
                };
                this.body.append(views[this.view]());
            }

            // ---- connection state -------------------------------------------------------------------------
            onConnectionState(connected) {
                this.banner.hidden = connected;
                this.root.classList.toggle('spocs-reconnecting', !connected);
            }
            onWelcome(welcome) {
                const hadMessages = this.messages.size > 0;
                if (welcome.chat) this.setChat(welcome.chat);
                // Back after the agent closed the chat: the rating is still open to the visitor.
                if (this.chat && this.chat.status === 'ended' && !this.chat.rated && this.view === 'faq')
                    this.show('csat');
                if (this.chat && this.chat.status !== 'ended') {
                    if (this.view !== 'chat') this.show('chat');
                    this.fetchHistory(hadMessages ? this.highestId() : 0);
                }
                this.flushOutbox();
            }
            async fetchHistory(after) {
                try {
                    const data = await this.connection.request('chat.history', {after});
                    if (data.chat) this.setChat(data.chat);
                    for (const m of data.messages || []) this.addMessage(m);
                    this.markRead();
                } catch (e) {
                    // The next reconnect asks again.
                }
            }
            highestId() {
                let highest = 0;
                for (const id of this.messages.keys()) highest = Math.max(highest, id);
                return highest;
            }

            onEvent({kind, data}) {
                if (kind === 'chat.message') {
                    this.addMessage(data);
                    this.showTyping(false);
                    this.markRead();
                } else if (kind === 'chat.status') {
                    this.setChat(data);
                } else if (kind === 'chat.typing') {
                    this.showTyping(Boolean(data.typing), data.name);
                } else if (kind === 'chat.read') {
                    for (const {message, node} of this.messages.values())
                        if (message.from === 'visitor' && message.id <= data.upTo) {
                            message.read = true;
                            this.paintTick(node, message);
                        }
                }
            }
            setChat(chat) {
                const before = this.chat;
                this.chat = chat;
                if (chat.status === 'ended') {
                    this.storeOutbox([]);
                    if (this.view === 'chat' || (before && before.status !== 'ended'))
                        this.show(chat.rated ? 'thanks' : 'csat');
                    return;
                }
                if (this.view === 'chat') {
                    this.paintAgent();
                    if (chat.agent && (!before || !before.agent)) this.say(t('agentJoined', chat.agent.name));
                }
            }

            // ---- FAQ ----------------------------------------------------------------------------------------
            renderFaq() {
                const input =
                    el('input',
                       {type: 'search', autocomplete: 'off', placeholder: t('faqPlaceholder'), 'data-autofocus': true});
                input.value = this.question;
                const f = field(t('faqLabel'), input);
                const results = el('ul', {class: 'spocs-faq-results', 'aria-label': t('faqSuggestions')});
                const count = el('p', {class: 'spocs-hint', 'aria-live': 'polite'});
                let timer = null;
                const search = async () => {
                    const q = input.value.trim();
                    this.question = q;
                    const seq = ++this.searchSeq;
                    if (q.length < 2) {
                        results.replaceChildren();
                        count.textContent = '';
                        return;
                    }
                    try {
                        const data = await this.connection.request('faq.search', {q: q.slice(0, 200)});
                        if (seq !== this.searchSeq) return;  // an older answer arriving after a newer question
                        const items = data.items || [];
                        results.replaceChildren(...items.map(
                            (item) => el(
                                'li', {},
                                el('button',
                                   {type: 'button', class: 'spocs-faq-item', onclick: () => this.openArticle(item.id)},
                                   el('strong', {}, item.title),
                                   el('span', {class: 'spocs-snippet'}, item.snippet || '')))));
                        count.textContent = items.length ? t('faqResults', items.length) : t('faqNone');
                    } catch (e) {
                        count.textContent = errorText(e);
                    }
                };
                input.addEventListener('input', () => {
                    // The question is what the box holds now, not what was last searched: a click on
                    // a suggestion (or "Chat with us") within the pause keeps the visitor's last words.
                    this.question = input.value.trim();
                    clearTimeout(timer);
                    timer = setTimeout(search, 250);
                });
                if (this.question) setTimeout(search, 0);
                return el(
                    'div', {class: 'spocs-view spocs-faq'}, el('h3', {}, t('faqHeading')), f.row, count, results,
                    el('button', {type: 'button', class: 'spocs-primary', onclick: () => this.startConversation()},
                       t('chatWithUs')));
            }
            async openArticle(id) {
                try {
                    const data = await this.connection.request('faq.get', {id});
                    this.article = data.article;
                    this.show('article');
                } catch (e) {
                    this.say(errorText(e));
                }
            }
            renderArticle() {
                const a = this.article;
                const content = el('div', {class: 'spocs-article-body'});
                // The server sends sanitised HTML; parse it inertly and drop anything active all the same.
                const doc = new DOMParser().parseFromString(a.html || '', 'text/html');
                doc.querySelectorAll('script, style, iframe, object, embed, form, link, meta')
                    .forEach((n) => n.remove());
                for (const node of doc.body.querySelectorAll('*')) {
                    for (const attr of Array.from(node.attributes))
                        if (attr.name.startsWith('on') || attr.name === 'style' ||
                            (/^(href|src)$/.test(attr.name) && /^\s*javascript:/i.test(attr.value)))
                            node.removeAttribute(attr.name);
                    if (node.tagName === 'A') {
                        node.setAttribute('target', '_blank');
                        node.setAttribute('rel', 'noopener noreferrer');
                    }
                }
                content.append(...Array.from(doc.body.childNodes, (n) => document.importNode(n, true)));
                const helped =
                    el('button', {type: 'button', class: 'spocs-primary', 'data-autofocus': true}, t('faqHelped'));
                helped.addEventListener('click', async () => {
                    try {
                        await this.connection.request('faq.helped', {id: a.id, q: this.question.slice(0, 200)});
                        helped.disabled = true;
                        this.say(t('faqThanks'));
                        this.panel.querySelector('.spocs-close').focus();
                    } catch (e) {
                        this.say(errorText(e));
                    }
                });
                return el(
                    'div', {class: 'spocs-view spocs-article'},
                    el('button', {type: 'button', class: 'spocs-link', onclick: () => this.show('faq')},
                       `‹ ${t('back')}`),
                    el('h3', {}, a.title), content,
                    el('div', {class: 'spocs-actions'}, helped,
                       el('button', {type: 'button', class: 'spocs-secondary', onclick: () => this.startConversation()},
                          t('faqNeedHelp'))));
            }

            // ---- pre-chat and offline forms -----------------------------------------------------------------
            async startConversation() {
                try {
                    this.topics = await this.connection.request('chat.topics');
                } catch (e) {
                    this.topics = {open: false, hours: '', topics: []};
                }
                this.show('form');
            }
            renderForm(offline) {
                const topics = (this.topics && this.topics.topics) || [];
                const name = field(
                    t('name'),
                    el('input',
                       {type: 'text', autocomplete: 'name', maxlength: 100, required: true, 'data-autofocus': true}));
                const email = field(
                    t('email'), el('input', {type: 'email', autocomplete: 'email', maxlength: 254, required: true}));
                const select = el(
                    'select', {required: true},
                    ...topics.map(
                        (tp) => el(
                            'option', {value: tp.id},
                            tp.name + (!offline && !tp.available && this.topics.open ? t('unavailableSuffix') : ''))));
                const topic = field(t('topic'), select);
                const text = field(
                    offline ? t('messageRequired') : t('message'),
                    el('textarea', {rows: offline ? 5 : 3, maxlength: 4000, required: offline}));
                const firstAvailable = topics.find((tp) => tp.available);
                if (firstAvailable) select.value = String(firstAvailable.id);
                if (this.saved) {
                    name.input.value = this.saved.name;
                    email.input.value = this.saved.email;
                    select.value = String(this.saved.topic);
                }
                text.input.value = (this.saved && this.saved.text) || this.question;
                const noticeText = el('p', {});
                const leave =
                    el('button', {
                        type: 'button',
                        class: 'spocs-secondary',
                        onclick: () => {
                            this.saved = values();
                            this.show('offline');
                        }
                    },
                       t('leaveMessage'));
                // Closed or nobody there: said first, with the way out (a message) right beside it.
                const notice = el('div', {class: 'spocs-notice', hidden: true}, noticeText, leave);
                const submit =
                    el('button', {type: 'submit', class: 'spocs-primary'}, offline ? t('sendMessage') : t('startChat'));
                const values = () => ({
                    name: name.input.value.trim(),
                    email: email.input.value.trim(),
                    topic: Number(select.value),
                    text: text.input.value.trim(),
                });
                const checkAvailability = () => {
                    if (offline) return;
                    const chosen = topics.find((tp) => String(tp.id) === select.value);
                    const closed = !this.topics || !this.topics.open;
                    const nobody = !closed && (!chosen || !chosen.available);
                    noticeText.textContent = closed ? t('closedNotice', (this.topics && this.topics.hours) || '') :
                        nobody                      ? t('nobodyNotice') :
                                                      '';
                    notice.hidden = !closed && !nobody;
                    submit.disabled = closed || nobody;
                };
                select.addEventListener('change', checkAvailability);
                const form =
                    el('form', {class: 'spocs-form', novalidate: true},
                       offline ? el('p', {class: 'spocs-hint'}, t('offlineIntro')) : null, notice, name.row, email.row,
                       topic.row, text.row, el('div', {class: 'spocs-actions'}, submit));
                const fields = {name, email, topic, text};
                form.addEventListener('submit', async (e) => {
                    e.preventDefault();
                    const v = values();
                    const problems = {
                        name: !v.name ? t('fieldName') : '',
                        email: !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email) ? t('fieldEmail') : '',
                        topic: !v.topic ? t('fieldTopic') : '',
                        text: offline && !v.text ? t('fieldText') : '',
                    };
                    for (const [key, message] of Object.entries(problems)) showFieldError(fields[key], message);
                    const first = Object.keys(problems).find((key) => problems[key]);
                    if (first) {
                        fields[first].input.focus();
                        return;
                    }
                    submit.disabled = true;
                    this.saved = v;
                    try {
                        if (offline) {
                            // Sent again after a dropped connection, the same words are the same message.
                            const words = JSON.stringify(v);
                            if (this.leaving?.words !== words) this.leaving = {words, cid: clientId()};
                            await this.connection.request('message.leave', {...v, cid: this.leaving.cid});
                            this.leaving = null;
                            this.show('offlineDone');
                        } else {
                            const args = {name: v.name, email: v.email, topic: v.topic};
                            if (v.text) args.text = v.text;
                            const data = await this.connection.request('chat.start', args);
                            this.clearChat();
                            this.setChat(data.chat);
                            this.show('chat');
                            this.fetchHistory(0);
                        }
                    } catch (error) {
                        submit.disabled = false;
                        const wrong = error.details && fields[error.details.field];
                        if (error.code === 'bad_request' && wrong) {
                            const reasons =
                                {name: 'fieldName', email: 'fieldEmail', topic: 'fieldTopic', text: 'fieldText'};
                            showFieldError(wrong, t(reasons[error.details.field]));
                            wrong.input.focus();
                        } else if (error.code === 'unavailable' && !offline) {
                            this.show('offline');
                        } else {
                            this.say(errorText(error));
                        }
                    }
                });
                checkAvailability();
                return el(
                    'div', {class: `spocs-view ${offline ? 'spocs-offline' : 'spocs-prechat'}`},
                    el('button', {type: 'button', class: 'spocs-link', onclick: () => this.show('faq')},
                       `‹ ${t('back')}`),
                    el('h3', {}, offline ? t('offlineHeading') : t('formHeading')), form);
            }
            renderOfflineDone() {
                return el(
                    'div', {class: 'spocs-view spocs-done'},
                    el('p', {class: 'spocs-confirmation', role: 'status', tabindex: '-1', 'data-autofocus': true},
                       t('offlineThanks', (this.saved && this.saved.email) || '')));
            }

            // ---- chat ---------------------------------------------------------------------------------------
            clearChat() {
                this.messages.clear();
                this.localNodes.clear();
                this.readUpTo = 0;
                this.storeOutbox([]);
            }
            renderChat() {
                this.avatar = el('span', {class: 'spocs-avatar', 'aria-hidden': 'true'});
                this.agentName = el('span', {class: 'spocs-agent-name'});
                this.log = el('ol', {
                    class: 'spocs-log',
                    role: 'log',
                    'aria-live': 'polite',
                    'aria-label': t('chatLog'),
                    tabindex: '0'
                });
                this.typing = el('p', {class: 'spocs-typing', 'aria-live': 'polite'});
                const input = el('textarea', {
                    rows: 2,
                    maxlength: 4000,
                    'data-autofocus': true,
                    'aria-label': t('yourMessage'),
                    placeholder: t('yourMessage')
                });
                this.composer = input;
                const send = () => {
                    const text = input.value.trim();
                    if (!text) return;
                    input.value = '';
                    this.sendTyping(false);
                    this.send(text);
                };
                input.addEventListener('keydown', (e) => {
                    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
                        e.preventDefault();
                        send();
                    }
                });
                input.addEventListener('input', () => this.onComposerInput(input.value));
                const transcript = el('button', {type: 'button', class: 'spocs-link'}, t('transcript'));
                transcript.addEventListener('click', async () => {
                    try {
                        const data = await this.connection.request('chat.transcript');
                        this.say(t('transcriptSent', data.to));
                    } catch (e) {
                        this.say(errorText(e));
                    }
                });
                const end = el('button', {type: 'button', class: 'spocs-link spocs-end'}, t('endChat'));
                end.addEventListener('click', async () => {
                    try {
                        const data = await this.connection.request('chat.end');
                        this.setChat(data.chat);
                    } catch (e) {
                        this.say(errorText(e));
                    }
                });
                const view =
                    el('div', {class: 'spocs-view spocs-chat'},
                       el('div', {class: 'spocs-agent'}, this.avatar, this.agentName), this.log, this.typing,
                       el('form', {
                           class: 'spocs-composer',
                           onsubmit: (e) => {
                               e.preventDefault();
                               send();
                           }
                       },
                          input, el('button', {type: 'submit', class: 'spocs-primary'}, t('send'))),
                       el('div', {class: 'spocs-chat-actions'}, transcript, end));
                const ordered = Array.from(this.messages.values()).sort((a, b) => a.message.id - b.message.id);
                for (const {node} of ordered) this.log.append(node);
                for (const node of this.localNodes.values()) this.log.append(node);
                this.paintAgent();
                return view;
            }
            paintAgent() {
                if (!this.avatar) return;
                const agent = this.chat && this.chat.agent;
                this.avatar.textContent = agent ? agent.initials || initials(agent.name) : '…';
                this.avatar.classList.toggle('spocs-avatar-waiting', !agent);
                this.agentName.textContent = agent ? agent.name : t('waiting');
            }
            messageNode(message) {
                const mine = message.from === 'visitor';
                const node = el('li', {class: `spocs-message spocs-from-${message.from}`});
                if (message.from === 'agent')
                    node.append(
                        el('span', {class: 'spocs-avatar spocs-avatar-small', 'aria-hidden': 'true'},
                           message.initials || initials(message.name)));
                const bubble = el('div', {class: 'spocs-bubble'});
                if (message.from !== 'system')
                    bubble.append(el('span', {class: 'spocs-visually-hidden'}, `${mine ? t('you') : message.name}: `));
                const text = el('p', {class: 'spocs-text'});
                text.textContent = message.text;  // never innerHTML for chat text
                bubble.append(text);
                if (mine) bubble.append(el('span', {class: 'spocs-tick'}));
                node.append(bubble);
                this.paintTick(node, message);
                return node;
            }
            paintTick(node, message) {
                const tick = node.querySelector('.spocs-tick');
                if (!tick) return;
                const state = message.failed ? 'failed' : !message.id ? 'sending' : message.read ? 'read' : 'delivered';
                const labels =
                    {failed: t('notSent'), sending: t('sending'), read: t('read'), delivered: t('delivered')};
                const marks = {failed: '!', sending: '…', read: '✓✓', delivered: '✓'};
                tick.dataset.state = state;
                tick.textContent = marks[state];
                tick.title = labels[state];
                tick.setAttribute('aria-label', labels[state]);
                node.dataset.state = state;
            }
            addMessage(message) {
                if (!message || !message.id) return;
                const known = this.messages.get(message.id);
                if (known) {
                    Object.assign(known.message, message);
                    this.paintTick(known.node, known.message);
                    return;
                }
                // Our own message acknowledged through an event before its answer: adopt the local bubble.
                let node = null;
                if (message.from === 'visitor')
                    for (const [cid, local] of this.localNodes)
                        if (local.dataset.text === message.text) {
                            node = local;
                            this.localNodes.delete(cid);
                            this.dropFromOutbox(cid);
                            break;
                        }
                node = node || this.messageNode(message);
                this.messages.set(message.id, {message, node});
                this.paintTick(node, message);
                if (this.log) {
                    // Keep the log in id order; bubbles still being sent stay at the end.
                    const later = Array.from(this.messages.values())
                                      .filter((m) => m.message.id > message.id && m.node.parentNode === this.log)
                                      .sort((a, b) => a.message.id - b.message.id)[0];
                    const firstLocal = this.localNodes.values().next().value;
                    this.log.insertBefore(node, later ? later.node : firstLocal || null);
                    this.log.scrollTop = this.log.scrollHeight;
                }
            }
            send(text) {
                const entry = {cid: clientId(), text};
                this.storeOutbox([...this.outbox, entry]);
                const node = this.messageNode({from: 'visitor', text});
                node.dataset.text = text;
                this.localNodes.set(entry.cid, node);
                if (this.log) {
                    this.log.append(node);
                    this.log.scrollTop = this.log.scrollHeight;
                }
                this.deliver(entry);
            }
            async deliver(entry) {
                if (this.inFlight.has(entry.cid)) return;
                this.inFlight.add(entry.cid);
                try {
                    const data = await this.connection.request('chat.send', {cid: entry.cid, text: entry.text});
                    this.inFlight.delete(entry.cid);
                    const node = this.localNodes.get(entry.cid);
                    this.localNodes.delete(entry.cid);
                    this.dropFromOutbox(entry.cid);
                    if (node && !this.messages.has(data.message.id)) {
                        this.messages.set(data.message.id, {message: data.message, node});
                        this.paintTick(node, data.message);
                    } else if (node) {
                        node.remove();  // the event got there first
                    }
                } catch (error) {
                    this.inFlight.delete(entry.cid);
                    if (error.code === 'disconnected' || error.code === 'timeout')
                        return;  // stays in the outbox; re-sent with the same cid after the reconnect
                    const node = this.localNodes.get(entry.cid);
                    this.dropFromOutbox(entry.cid);
                    if (node) this.paintTick(node, {failed: true});
                    this.say(errorText(error));
                }
            }
            flushOutbox() {
                const waiting = this.outbox.slice();
                for (const entry of waiting) {
                    if (!this.localNodes.has(entry.cid)) {
                        // After a page reload the bubble is gone: show it again while it is re-sent.
                        const node = this.messageNode({from: 'visitor', text: entry.text});
                        node.dataset.text = entry.text;
                        this.localNodes.set(entry.cid, node);
                        if (this.log) this.log.append(node);
                    }
                    this.deliver(entry);
                }
            }
            storeOutbox(entries) {
                this.outbox = entries;
                storage(outboxKey, entries.length ? JSON.stringify(entries) : null);
            }
            dropFromOutbox(cid) {
                this.storeOutbox(this.outbox.filter((e) => e.cid !== cid));
            }
            onComposerInput(value) {
                if (!value) {
                    this.sendTyping(false);
                    return;
                }
                // At most one "typing" every 2 s, and "stopped" after 4 s without a key.
                const now = Date.now();
                if (now - this.typingSentAt > 2000) this.sendTyping(true);
                clearTimeout(this.typingTimer);
                this.typingTimer = setTimeout(() => this.sendTyping(false), 4000);
            }
            sendTyping(typing) {
                if (!this.chat || this.chat.status === 'ended' || !this.connection.ready) return;
                if (!typing) {
                    clearTimeout(this.typingTimer);
                    if (!this.typingSentAt) return;
                }
                this.typingSentAt = typing ? Date.now() : 0;
                this.connection.request('chat.typing', {typing}).catch(() => {});
            }
            showTyping(typing, name) {
                if (this.typing)
                    this.typing.textContent =
                        typing ? t('typing', name || (this.chat && this.chat.agent && this.chat.agent.name) || '') : '';
            }
            markRead() {
                if (this.view !== 'chat' || this.panel.hidden || document.visibilityState !== 'visible' ||
                    !this.connection.ready)
                    return;
                let upTo = 0;
                for (const {message} of this.messages.values())
                    if (message.from !== 'visitor') upTo = Math.max(upTo, message.id);
                if (upTo > this.readUpTo) {
                    this.readUpTo = upTo;
                    this.connection.request('chat.read', {upTo}).catch(() => {
                        this.readUpTo = 0;
                    });
                }
            }

            // ---- satisfaction -----------------------------------------------------------------------------
            renderCsat() {
                const stars = starRating(t('stars'), () => this.say(''));
                const comment = field(t('comment'), el('textarea', {rows: 3, maxlength: 1000}));
                const submit = el('button', {type: 'submit', class: 'spocs-primary'}, t('rate'));
                const form =
                    el('form', {class: 'spocs-form', novalidate: true}, stars.node, comment.row,
                       el('div', {class: 'spocs-actions'}, submit));
                form.addEventListener('submit', async (e) => {
                    e.preventDefault();
                    if (!stars.value()) {
                        this.say(t('chooseScore'));
                        stars.focus();
                        return;
                    }
                    submit.disabled = true;
                    const args = {score: stars.value()};
                    if (comment.input.value.trim()) args.comment = comment.input.value.trim();
                    try {
                        await this.connection.request('chat.rate', args);
                        this.chat.rated = true;
                        this.show('thanks');
                    } catch (error) {
                        submit.disabled = false;
                        if (error.code === 'invalid_state')
                            this.show('thanks');
                        else
                            this.say(errorText(error));
                    }
                });
                return el(
                    'div', {class: 'spocs-view spocs-csat'}, el('p', {class: 'spocs-hint'}, t('ended')),
                    el('h3', {}, t('csatHeading')), form);
            }
            renderThanks() {
                return el(
                    'div', {class: 'spocs-view spocs-thanks'}, el('p', {class: 'spocs-confirmation'}, t('csatThanks')),
                    el('button', {
                        type: 'button',
                        class: 'spocs-primary',
                        'data-autofocus': true,
                        onclick: () => {
                            this.clearChat();
                            this.chat = null;
                            this.show('faq');
                        }
                    },
                       t('newChat')));
            }
        }

        // Embedded twice by mistake (a template and a tag manager): one launcher all the same.
        const start = () => {
            window.SpocsWidget = window.SpocsWidget || new Widget();
        };
        if (document.body)
            start();
        else
            document.addEventListener('DOMContentLoaded', start);
    }

    if (window.SpocsVisitor) {
        main();
    } else {
        const shared = document.createElement('script');
        shared.src = new URL('visitor.js', scriptBase).href;
        shared.addEventListener('load', main);
        document.head.append(shared);
    }
})();
