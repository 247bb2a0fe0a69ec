-- What agents searched with before an article helped them: a later question in those words
-- finds the article even where its text says it otherwise ("school assignment" for "homework").
-- word is the query word's base form (KnowledgeRanker::learnedKeys); counts are net of "did not
-- help" answers given to the same words. The search text itself is not kept: an agent may have
-- typed a customer's name into it.
CREATE TABLE kb_learned_words (
    word        TEXT NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    helped      INTEGER NOT NULL DEFAULT 0,
    not_helped  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (word, article_id)
) WITHOUT ROWID;
