#include "coordinator/customers/CustomerStore.h"

#include "coordinator/knowledge/FullTextWords.h"
#include "coordinator/storage/Database.h"
#include "coordinator/storage/SqlValues.h"
#include "core/Try.h"
#include "core/domain/Customer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

// The customer search: the full-text index of names, companies, e-mails, phones and numbers,
// kept by reindex(), and the type-ahead over it and the exact-number lookups.
namespace spocs {
namespace {

constexpr int kMaxQueryWords = 8;
constexpr int kMaxWordLength = 64;
constexpr int kRankedCandidates = 1000;

// Columns of customer_search, in order; also the "match" names of full-text hits.
const QStringList &searchColumns()
{
    static const QStringList columns { QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("email"),
                                       QStringLiteral("phone"), QStringLiteral("account") };
    return columns;
}

// A one-letter word of an alphabetic script: too unselective for a prefix search. One
// CJK character is a meaningful word (and the start of few terms), so it stays a prefix.
bool isShortWord(const QString &w)
{
    return w.size() < 2 && (w.isEmpty() || w.at(0).unicode() < 0x2E80);
}

// Letters that carry their "diacritic" inside and do not decompose, and ligatures.
struct SpelledOut
{
    char16_t letter;
    const char16_t *as;
};
constexpr SpelledOut kSpelledOut[] = {
    { u'ł', u"l" },  { u'Ł', u"l" },  { u'ø', u"o" },  { u'Ø', u"o" },  { u'đ', u"d" },  { u'Đ', u"d" },
    { u'ħ', u"h" },  { u'Ħ', u"h" },  { u'ı', u"i" },  { u'ß', u"ss" }, { u'æ', u"ae" }, { u'Æ', u"ae" },
    { u'œ', u"oe" }, { u'Œ', u"oe" }, { u'þ', u"th" }, { u'Þ', u"th" },
};

} // namespace

QString CustomerStore::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        const auto spelled = std::find_if(std::begin(kSpelledOut), std::end(kSpelledOut),
                                          [&](const SpelledOut &s) { return s.letter == c.unicode(); });
        if (spelled != std::end(kSpelledOut))
            out += QStringView(spelled->as);
        else
            out += c;
    }
    return out.toCaseFolded();
}

QString CustomerStore::digitsOf(const QString &phone)
{
    QString out;
    for (QChar c : phone) {
        if (c >= u'0' && c <= u'9')
            out += c;
    }
    return out;
}

QString CustomerStore::numbersText(const QStringList &accountNumbers, const QString &customerId)
{
    QStringList out;
    for (const QString &number : accountNumbers)
        out.append(digitsOf(number));
    out.append(digitsOf(customerId));
    return out.join(u' ');
}

QString CustomerStore::phoneKey(const QString &digits)
{
    QString out = digits;
    std::reverse(out.begin(), out.end());
    return out;
}

// ---------------------------------------------------------------- search

Result<QJsonObject> CustomerStore::search(const QString &query, int limit)
{
    limit = std::clamp(limit, 1, kMaxSearchLimit);
    const QString text = query.trimmed().left(200);
    QJsonObject result { { QStringLiteral("items"), QJsonArray {} }, { QStringLiteral("total"), 0 } };
    if (text.isEmpty())
        return result;

    QList<Hit> hits;
    QSet<qint64> seen;
    const auto collect = [&](QSqlQuery &q, const QString &match) -> Result<void> {
        if (!q.exec())
            return sqlError(q, "search lookup");
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!seen.contains(id)) {
                seen.insert(id);
                // An order or invoice lookup names the record too: the desktop opens it.
                hits.append(Hit { id, match, q.record().count() > 1 ? q.value(1).toString() : QString() });
            }
        }
        return {};
    };
    // Counting every match of a broad prefix ("m*") costs more than the search itself: count up
    // to the cap and say so.
    const auto countUpToCap = [&](const QString &sql, QVariantList values) -> Result<qint64> {
        values.append(kMaxCountedTotal + 1);
        SPOCS_TRY_ASSIGN(QSqlQuery count, m_db.query(sql, values, "search count"));
        if (!count.next())
            return sqlError(count, "search count");
        return count.value(0).toLongLong();
    };

    // 1. Exact numbers, e-mail addresses and phone suffixes rank first.
    static const QRegularExpression numberRe(QStringLiteral("^([CAOI])-?\\s*(\\d{1,12})$"),
                                             QRegularExpression::CaseInsensitiveOption);
    QChar numberKind;
    QString numberDigits;
    qint64 rangeTotal = -1; // counted by a number or e-mail prefix range instead of full text
    if (const auto m = numberRe.match(text); m.hasMatch()) {
        const QChar kind = m.captured(1).at(0).toUpper();
        numberKind = kind;
        numberDigits = m.captured(2);
        const QString number = kind + QStringLiteral("-") + m.captured(2);
        QString sql;
        QString match;
        switch (kind.unicode()) {
        case u'C':
            sql = QStringLiteral("SELECT id FROM customers WHERE public_id = ?");
            match = QStringLiteral("id");
            break;
        case u'A':
            sql = QStringLiteral("SELECT customer_id FROM accounts WHERE number = ?");
            match = QStringLiteral("account");
            break;
        case u'O':
            sql = QStringLiteral("SELECT customer_id, number FROM orders WHERE number = ?");
            match = QStringLiteral("order");
            break;
        default:
            sql = QStringLiteral("SELECT customer_id, number FROM invoices WHERE number = ?");
            match = QStringLiteral("invoice");
            break;
        }
        QSqlQuery q = m_db.prepare(sql);
        q.addBindValue(number);
        SPOCS_TRY(collect(q, match));
        // An order or invoice number being typed: its customers by number prefix (type-ahead).
        if ((kind == u'O' || kind == u'I') && m.captured(2).size() >= 3) {
            QSqlQuery p = m_db.prepare(
                QStringLiteral(
                    "SELECT customer_id, number FROM %1 WHERE number > ? AND number < ? ORDER BY number LIMIT ?")
                    .arg(kind == u'O' ? QStringLiteral("orders") : QStringLiteral("invoices")));
            p.addBindValue(number);
            p.addBindValue(QString(number + u':')); // ':' sorts right after '9'
            p.addBindValue(limit);
            SPOCS_TRY(collect(p, match));
        }
        // A customer or account number's first digits: too short for the full-text prefix
        // index (a one-digit prefix expands to every number term), so walk the unique index.
        if ((kind == u'C' || kind == u'A') && m.captured(2).size() < 3) {
            const QString table = kind == u'C' ? QStringLiteral("customers") : QStringLiteral("accounts");
            const QString column = kind == u'C' ? QStringLiteral("public_id") : QStringLiteral("number");
            const QString customer = kind == u'C' ? QStringLiteral("id") : QStringLiteral("customer_id");
            QSqlQuery p = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 > ? AND %3 < ? ORDER BY %3 LIMIT ?")
                                           .arg(customer, table, column));
            p.addBindValue(number);
            p.addBindValue(QString(number + u':'));
            p.addBindValue(limit);
            SPOCS_TRY(collect(p, match));
            const QString sql
                = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE %2 >= ? AND %2 < ? LIMIT ?)")
                      .arg(table, column);
            SPOCS_TRY_LET(total, countUpToCap(sql, { number, QString(number + u':') }));
            rangeTotal = *total;
        }
    }
    // Bare digits may be an order, invoice, account or customer number typed without its letter.
    static const QRegularExpression digitsRe(QStringLiteral("^\\d{4,9}$"));
    if (numberKind.isNull() && digitsRe.match(text).hasMatch()) {
        const struct
        {
            const char16_t *sql;
            const char16_t *prefix;
            const char16_t *match;
        } lookups[] = {
            { u"SELECT customer_id, number FROM orders WHERE number = ?", u"O-", u"order" },
            { u"SELECT customer_id, number FROM invoices WHERE number = ?", u"I-", u"invoice" },
            { u"SELECT customer_id FROM accounts WHERE number = ?", u"A-", u"account" },
            { u"SELECT id FROM customers WHERE public_id = ?", u"C-", u"id" },
        };
        for (const auto &l : lookups) {
            QSqlQuery q = m_db.prepare(QString::fromUtf16(l.sql));
            q.addBindValue(QString(QString::fromUtf16(l.prefix) + text));
            SPOCS_TRY(collect(q, QString::fromUtf16(l.match)));
        }
    }
    // An e-mail address or the start of one ("anna.schmidt@ex"): its prefix on the e-mail index (the
    // column is COLLATE NOCASE, so is the index); the whole address sorts first. Full text would match
    // the domain's words, which most customers share ("example"*, "com"*), and cost more than all else.
    const bool emailPrefix = text.indexOf(u'@') > 0 && !text.contains(u' ');
    if (emailPrefix) {
        const QString upper = text + QStringLiteral("\U0010FFFF"); // after every continuation of the prefix
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT customer_id FROM customer_emails WHERE email >= ? AND email < ? ORDER BY email LIMIT ?"));
        q.addBindValue(text);
        q.addBindValue(upper);
        q.addBindValue(limit);
        SPOCS_TRY(collect(q, QStringLiteral("email")));
        SPOCS_TRY_LET(total,
                      countUpToCap(QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT customer_id FROM "
                                                  "customer_emails WHERE email >= ? AND email < ? LIMIT ?)"),
                                   { text, upper }));
        rangeTotal = *total;
    }
    static const QRegularExpression phoneRe(QStringLiteral("^[0-9+()./\\s-]+$"));
    if (phoneRe.match(text).hasMatch()) {
        // Leading zeros are trunk or international prefixes ("030 ...", "0049 ..."),
        // which the stored international digits do not have.
        QString digits = digitsOf(text);
        while (digits.startsWith(u'0'))
            digits.remove(0, 1);
        if (digits.size() >= 4) {
            const QString key = phoneKey(digits);
            QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT customer_id FROM customer_phones "
                                                      "WHERE digits_reversed >= ? AND digits_reversed < ? LIMIT ?"));
            q.addBindValue(key);
            q.addBindValue(QString(key + u':')); // ':' sorts right after '9'
            q.addBindValue(limit);
            SPOCS_TRY(collect(q, QStringLiteral("phone")));
        }
    }
    const qsizetype directCount = hits.size();

    // 2. Full text: every word is a prefix; all words must match. The words are rebuilt
    // from letters and digits only and quoted, so no FTS5 syntax from the user survives.
    QString match;
    if (emailPrefix) {
        // The prefix range above found them all.
    } else if (!numberKind.isNull()) {
        // A customer or account number being typed: its digits as a prefix, numbers column only.
        if ((numberKind == u'C' || numberKind == u'A') && rangeTotal < 0)
            match = QStringLiteral("account : \"%1\"*").arg(numberDigits.left(kMaxWordLength));
    } else {
        QStringList words = fullTextWords(fold(text));
        // One-letter prefixes have no prefix index and match a large part of the index:
        // ignore them next to longer words, and match them as whole words on their own.
        const bool onlyShort = std::all_of(words.begin(), words.end(), isShortWord);
        QStringList terms;
        for (QString &w : words) {
            w.truncate(kMaxWordLength);
            if (onlyShort)
                terms.append(u'"' + w + u'"');
            else if (!isShortWord(w))
                terms.append(u'"' + w + QStringLiteral("\"*"));
            if (terms.size() >= kMaxQueryWords)
                break;
        }
        match = terms.join(u' ');
    }
    const QStringList words = fullTextWords(fold(text));
    qint64 ftsTotal = 0;
    qsizetype directAlsoInFts = 0;
    if (!match.isEmpty()) {

        // Ranking sorts every match by bm25: over the thousands a broad prefix ("m", "gmbh")
        // matches, that is most of the time. Rank the first kRankedCandidates matches only
        // (beyond that many, relevance among near-equal hits means little to a type-ahead),
        // by rowid and score alone, then read the columns of the winners.
        SPOCS_TRY_ASSIGN(
            const QList<qint64> ranked,
            m_db.ids(QStringLiteral(
                         "SELECT rowid FROM (SELECT rowid, bm25(customer_search, 10.0, 4.0, 3.0, 2.0, 3.0) AS score "
                         "FROM customer_search WHERE customer_search MATCH ? LIMIT ?) ORDER BY score LIMIT ?"),
                     { match, kRankedCandidates, limit + directCount }, "search"));
        QSqlQuery columns = m_db.prepare(
            QStringLiteral("SELECT name, company, emails, phones, account FROM customer_search WHERE rowid = ?"));
        for (const qint64 id : std::as_const(ranked)) {
            if (seen.contains(id))
                continue;
            columns.bindValue(0, id);
            if (!columns.exec() || !columns.next())
                return sqlError(columns, "search columns");
            // Name the column where most query words start a word; earlier columns win ties.
            int bestColumn = 0;
            int bestScore = -1;
            for (int col = 0; col < searchColumns().size(); ++col) {
                const QStringList columnWords = fullTextWords(columns.value(col).toString());
                int score = 0;
                for (const QString &w : std::as_const(words)) {
                    if (std::any_of(columnWords.begin(), columnWords.end(),
                                    [&](const QString &cw) { return cw.startsWith(w); }))
                        ++score;
                }
                if (score > bestScore) {
                    bestScore = score;
                    bestColumn = col;
                }
            }
            columns.finish();
            seen.insert(id);
            hits.append(Hit { id, searchColumns().at(bestColumn) });
        }

        SPOCS_TRY_LET(total,
                      countUpToCap(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM customer_search "
                                                  "WHERE customer_search MATCH ? LIMIT ?)"),
                                   { match }));
        ftsTotal = *total;

        if (directCount > 0) {
            QSqlQuery overlap = m_db.prepare(
                QStringLiteral("SELECT 1 FROM customer_search WHERE customer_search MATCH ? AND rowid = ?"));
            for (qsizetype i = 0; i < directCount; ++i) {
                overlap.bindValue(0, match);
                overlap.bindValue(1, hits.at(i).rowId);
                if (overlap.exec() && overlap.next())
                    ++directAlsoInFts;
            }
        }
    }

    // 3. The rows for the first `limit` hits.
    SPOCS_TRY_LET(items, itemsOf(hits, limit));
    result.insert(QStringLiteral("items"), *items);
    const qint64 total = rangeTotal >= 0 ? rangeTotal : ftsTotal + (directCount - directAlsoInFts);
    result.insert(QStringLiteral("total"), std::min<qint64>(total, kMaxCountedTotal));
    if (total > kMaxCountedTotal)
        result.insert(QStringLiteral("totalCapped"), true);
    return result;
}

Result<QJsonObject> CustomerStore::ownedBy(qint64 userId, int limit)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, CASE WHEN owner_user_id = ? THEN 'owner' ELSE 'backup' END FROM customers "
                       "WHERE owner_user_id = ? OR backup_user_id = ? ORDER BY name COLLATE NOCASE, id"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(userId);
    if (!q.exec())
        return sqlError(q, "owned customers");
    QList<Hit> hits;
    while (q.next())
        hits.append(Hit { q.value(0).toLongLong(), q.value(1).toString() });
    SPOCS_TRY_LET(items, itemsOf(hits, limit));
    return QJsonObject { { QStringLiteral("items"), *items }, { QStringLiteral("total"), qint64(hits.size()) } };
}

Result<QJsonArray> CustomerStore::itemsOf(const QList<Hit> &hits, int limit)
{
    SPOCS_TRY_LET(rows, hitsOf(hits, limit));
    QJsonArray items;
    for (const domain::CustomerSearchHit &row : std::as_const(*rows))
        items.append(row.toJson());
    return items;
}

Result<QList<domain::CustomerSearchHit>> CustomerStore::hitsOf(const QList<Hit> &hits, int limit)
{
    QSqlQuery row = m_db.prepare(QStringLiteral(
        "SELECT c.public_id, c.name, COALESCE(c.company, ''), u.id, u.login, u.display_name, "
        "(SELECT email FROM customer_emails e WHERE e.customer_id = c.id ORDER BY position, id LIMIT 1), "
        "(SELECT raw FROM customer_phones p WHERE p.customer_id = c.id ORDER BY position, id LIMIT 1), "
        "(SELECT number FROM accounts a WHERE a.customer_id = c.id ORDER BY id LIMIT 1) "
        "FROM customers c LEFT JOIN users u ON u.id = c.owner_user_id WHERE c.id = ?"));
    QList<domain::CustomerSearchHit> out;
    for (const Hit &hit : hits) {
        if (out.size() >= limit)
            break;
        row.bindValue(0, hit.rowId);
        if (!row.exec())
            return sqlError(row, "search row");
        if (!row.next())
            continue; // index row of a deleted customer
        out.append(domain::CustomerSearchHit {
            row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(6).toString(),
            row.value(7).toString(), row.value(8).toString(), sqlvalues::personAt(row, 3), hit.match, hit.number });
    }
    return out;
}

Result<void> CustomerStore::reindex(qint64 customerRowId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT c.public_id, c.name, COALESCE(c.company, ''), "
        "(SELECT group_concat(email, ' ') FROM customer_emails WHERE customer_id = c.id), "
        "(SELECT group_concat(digits || ' ' || raw, ' ') FROM customer_phones WHERE customer_id = c.id), "
        "(SELECT group_concat(number, ' ') FROM accounts WHERE customer_id = c.id) "
        "FROM customers c WHERE c.id = ?"));
    q.addBindValue(customerRowId);
    if (!q.exec())
        return sqlError(q, "reindex customer");
    QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM customer_search WHERE rowid = ?"));
    del.addBindValue(customerRowId);
    if (!del.exec())
        return sqlError(del, "reindex customer (delete)");
    if (!q.next())
        return {}; // the customer is gone: its index row is gone too
    QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT INTO customer_search(rowid, name, company, emails, phones, "
                                                "account) VALUES (?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(customerRowId);
    ins.addBindValue(fold(q.value(1).toString()));
    ins.addBindValue(fold(q.value(2).toString()));
    ins.addBindValue(fold(q.value(3).toString()));
    ins.addBindValue(q.value(4).toString());
    ins.addBindValue(numbersText(q.value(5).toString().split(u' ', Qt::SkipEmptyParts), q.value(0).toString()));
    if (!ins.exec())
        return sqlError(ins, "reindex customer (insert)");
    return {};
}

} // namespace spocs
