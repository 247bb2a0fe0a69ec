-- Schema 5: the knowledge base. An article row holds the live content (the published
-- version, or the latest proposal while it was never published). Every edit is a row in
-- kb_versions; version numbers count per article from 1. Depends only on users (schema 2).

CREATE TABLE kb_articles (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL,
    body              TEXT NOT NULL,
    language          TEXT NOT NULL DEFAULT 'en',
    visibility        TEXT NOT NULL DEFAULT 'internal' CHECK (visibility IN ('internal', 'public')),
    status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
    owner_user_id     INTEGER REFERENCES users(id),
    last_reviewed_at  TEXT,
    version           INTEGER NOT NULL DEFAULT 1, -- the newest version (proposals included)
    live_version      INTEGER NOT NULL DEFAULT 1, -- the version this row's content comes from
    views             INTEGER NOT NULL DEFAULT 0,
    sends             INTEGER NOT NULL DEFAULT 0,
    helped            INTEGER NOT NULL DEFAULT 0,
    not_helped        INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX kb_articles_status ON kb_articles(status, last_reviewed_at);

-- Links of the live content, for filters and kb.suggest.
CREATE TABLE kb_article_tags (
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    tag        TEXT NOT NULL,
    PRIMARY KEY (tag, article_id)
) WITHOUT ROWID;
CREATE INDEX kb_article_tags_article ON kb_article_tags(article_id);

CREATE TABLE kb_article_products (
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    sku        TEXT NOT NULL,
    PRIMARY KEY (sku, article_id)
) WITHOUT ROWID;
CREATE INDEX kb_article_products_article ON kb_article_products(article_id);

CREATE TABLE kb_article_reasons (
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    reason     TEXT NOT NULL,
    PRIMARY KEY (reason, article_id)
) WITHOUT ROWID;
CREATE INDEX kb_article_reasons_article ON kb_article_reasons(article_id);

-- Every edit. tags, products and reasons are JSON arrays of strings. status:
-- draft, in_review, published (was live at some point), changes_requested, rejected,
-- superseded (a newer proposal replaced it before review).
CREATE TABLE kb_versions (
    article_id     INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    version        INTEGER NOT NULL,
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    tags           TEXT NOT NULL DEFAULT '[]',
    products       TEXT NOT NULL DEFAULT '[]',
    reasons        TEXT NOT NULL DEFAULT '[]',
    language       TEXT NOT NULL,
    visibility     TEXT NOT NULL,
    author_user_id INTEGER REFERENCES users(id),
    at             TEXT NOT NULL,
    change_note    TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL,
    review_comment TEXT,
    PRIMARY KEY (article_id, version)
);
CREATE INDEX kb_versions_status ON kb_versions(status, at);

CREATE TABLE kb_feedback (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    user_id     INTEGER REFERENCES users(id),
    helped      INTEGER NOT NULL CHECK (helped IN (0, 1)),
    comment     TEXT,
    at          TEXT NOT NULL
);
CREATE INDEX kb_feedback_article ON kb_feedback(article_id, at);

-- Full text of the live content. rowid = kb_articles.id; body is the Markdown reduced to
-- plain text (so snippets carry no markup); rewritten by KnowledgeStore on every change.
CREATE VIRTUAL TABLE kb_fts USING fts5(
    title, body, tags,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
