-- Knowledge ranking and re-import.

-- The same text as kb_fts, stemmed (porter over unicode61), so "upgraded" finds "upgrade";
-- kb_fts stays the exact index, so exact words can rank above mere stems.
CREATE VIRTUAL TABLE kb_fts_stem USING fts5(
    title, body, tags,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
INSERT INTO kb_fts_stem(rowid, title, body, tags) SELECT rowid, title, body, tags FROM kb_fts;

-- Words that mean the same to a customer, applied at query time; one group per row, the
-- words comma-separated, lower case. Admins edit them with kb.synonyms.set.
CREATE TABLE kb_synonyms (
    position INTEGER PRIMARY KEY,
    words    TEXT NOT NULL
);
INSERT INTO kb_synonyms(position, words) VALUES
    (0, 'own,produce,belong,provide,contain'),
    (1, 'stop,prevent,keep,block,hold'),
    (2, 'remove,uninstall,delete,purge'),
    (3, 'cost,price,charge,fee'),
    (4, 'bill,invoice'),
    (5, 'buy,purchase,order'),
    (6, 'refund,reimburse,money back'),
    (7, 'cancel,terminate,end'),
    (8, 'broken,defective,faulty,damaged'),
    (9, 'deliver,ship,send'),
    (10, 'password,passphrase'),
    (11, 'login,log in,sign in'),
    (12, 'error,fault,failure,problem'),
    (13, 'change,modify,edit,alter'),
    (14, 'show,list,display,print'),
    (15, 'fast,quick,speed,performance'),
    (16, 'big,large,size,limit'),
    (17, 'find,locate,search,look up'),
    (18, 'upgrade,update,newer'),
    (19, 'install,set up,setup');

-- Where an imported article came from (file or URL and the question's anchor): importing the
-- same source again updates the article instead of adding a copy.
ALTER TABLE kb_articles ADD COLUMN source TEXT;
CREATE UNIQUE INDEX kb_articles_source ON kb_articles(source) WHERE source IS NOT NULL;
