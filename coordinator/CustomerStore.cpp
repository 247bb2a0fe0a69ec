#include "coordinator/CustomerStore.h"

#include "coordinator/Database.h"
#include "coordinator/Log.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace spocs {
namespace {

constexpr int kMaxQueryWords = 8;
constexpr int kMaxWordLength = 64;
constexpr int kRecentHistory = 20;

// Columns of customer_search, in order; also the "match" names of full-text hits.
const QStringList &searchColumns()
{
    static const QStringList columns { QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("email"),
                                       QStringLiteral("phone"), QStringLiteral("account") };
    return columns;
}

bool isWordChar(QChar c)
{
    // Surrogates carry CJK extension letters and the like: keep them inside words.
    return c.isLetterOrNumber() || c.isSurrogate();
}

// The words of a folded text, the way the unicode61 tokenizer splits it. Whatever is
// not a letter or digit (quotes, *, ^, parentheses, operators' punctuation) separates
// words, so nothing of FTS5's query syntax survives.
QStringList wordsOf(const QString &folded)
{
    QStringList words;
    QString current;
    for (QChar c : folded) {
        if (isWordChar(c)) {
            current += c;
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QJsonValue userJson(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull())
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), q.value(first).toLongLong() },
                         { QStringLiteral("login"), q.value(first + 1).toString() },
                         { QStringLiteral("name"), q.value(first + 2).toString() } };
}

QString reversed(const QString &s)
{
    QString out = s;
    std::reverse(out.begin(), out.end());
    return out;
}

// A one-letter word of an alphabetic script: too unselective for a prefix search. One
// CJK character is a meaningful word (and the start of few terms), so it stays a prefix.
bool isShortWord(const QString &w)
{
    return w.size() < 2 && (w.isEmpty() || w.at(0).unicode() < 0x2E80);
}

} // namespace

CustomerStore::CustomerStore(Database &db)
    : m_db(db)
{ }

void CustomerStore::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QString CustomerStore::nowStamp() const
{
    const QDateTime t = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString CustomerStore::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        // Letters that carry their "diacritic" inside and do not decompose.
        switch (c.unicode()) {
        case u'ł':
        case u'Ł':
            out += u'l';
            break;
        case u'ø':
        case u'Ø':
            out += u'o';
            break;
        case u'đ':
        case u'Đ':
            out += u'd';
            break;
        case u'ħ':
        case u'Ħ':
            out += u'h';
            break;
        case u'ı':
            out += u'i';
            break;
        case u'ß':
            out += QStringLiteral("ss");
            break;
        case u'æ':
        case u'Æ':
            out += QStringLiteral("ae");
            break;
        case u'œ':
        case u'Œ':
            out += QStringLiteral("oe");
            break;
        case u'þ':
        case u'Þ':
            out += QStringLiteral("th");
            break;
        default:
            out += c;
        }
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

QString CustomerStore::formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

qint64 CustomerStore::rowIdOf(const QString &customerId)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM customers WHERE public_id = ?"));
    q.addBindValue(customerId);
    if (!q.exec()) {
        sqlError(q, "find customer");
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool CustomerStore::exists(const QString &customerId)
{
    return rowIdOf(customerId) != 0;
}

// ---------------------------------------------------------------- search

Result<QJsonObject> CustomerStore::search(const QString &query, int limit)
{
    limit = std::clamp(limit, 1, kMaxSearchLimit);
    const QString text = query.trimmed().left(200);
    QJsonObject result { { QStringLiteral("items"), QJsonArray {} }, { QStringLiteral("total"), 0 } };
    if (text.isEmpty())
        return result;

    struct Hit
    {
        qint64 rowId;
        QString match;
    };
    QList<Hit> hits;
    QSet<qint64> seen;
    const auto collect = [&](QSqlQuery &q, const QString &match) -> Result<void> {
        if (!q.exec())
            return sqlError(q, "search lookup");
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!seen.contains(id)) {
                seen.insert(id);
                hits.append(Hit { id, match });
            }
        }
        return {};
    };

    // 1. Exact numbers, e-mail addresses and phone suffixes rank first.
    static const QRegularExpression numberRe(QStringLiteral("^([CAOI])-?\\s*(\\d{1,12})$"),
                                             QRegularExpression::CaseInsensitiveOption);
    QChar numberKind;
    QString numberDigits;
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
            sql = QStringLiteral("SELECT customer_id FROM orders WHERE number = ?");
            match = QStringLiteral("order");
            break;
        default:
            sql = QStringLiteral("SELECT customer_id FROM invoices WHERE number = ?");
            match = QStringLiteral("invoice");
            break;
        }
        QSqlQuery q = m_db.prepare(sql);
        q.addBindValue(number);
        if (auto r = collect(q, match); !r)
            return r.error();
    }
    if (text.contains(u'@') && !text.contains(u' ')) {
        QSqlQuery q
            = m_db.prepare(QStringLiteral("SELECT DISTINCT customer_id FROM customer_emails WHERE email = ? LIMIT ?"));
        q.addBindValue(text);
        q.addBindValue(limit);
        if (auto r = collect(q, QStringLiteral("email")); !r)
            return r.error();
    }
    static const QRegularExpression phoneRe(QStringLiteral("^[0-9+()./\\s-]+$"));
    if (phoneRe.match(text).hasMatch()) {
        // Leading zeros are trunk or international prefixes ("030 ...", "0049 ..."),
        // which the stored international digits do not have.
        QString digits = digitsOf(text);
        while (digits.startsWith(u'0'))
            digits.remove(0, 1);
        if (digits.size() >= 4) {
            const QString key = reversed(digits);
            QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT customer_id FROM customer_phones "
                                                      "WHERE digits_reversed >= ? AND digits_reversed < ? LIMIT ?"));
            q.addBindValue(key);
            q.addBindValue(QString(key + u':')); // ':' sorts right after '9'
            q.addBindValue(limit);
            if (auto r = collect(q, QStringLiteral("phone")); !r)
                return r.error();
        }
    }
    const qsizetype directCount = hits.size();

    // 2. Full text: every word is a prefix; all words must match. The words are rebuilt
    // from letters and digits only and quoted, so no FTS5 syntax from the user survives.
    QString match;
    if (!numberKind.isNull()) {
        // A customer or account number being typed: its digits as a prefix, numbers column only.
        if (numberKind == u'C' || numberKind == u'A')
            match = QStringLiteral("account : \"%1\"*").arg(numberDigits.left(kMaxWordLength));
    } else {
        QStringList words = wordsOf(fold(text));
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
    const QStringList words = wordsOf(fold(text));
    qint64 ftsTotal = 0;
    qsizetype directAlsoInFts = 0;
    if (!match.isEmpty()) {

        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT rowid, name, company, emails, phones, account "
                                                  "FROM customer_search WHERE customer_search MATCH ? "
                                                  "ORDER BY bm25(customer_search, 10.0, 4.0, 3.0, 2.0, 3.0) LIMIT ?"));
        q.addBindValue(match);
        q.addBindValue(limit + directCount);
        if (!q.exec())
            return sqlError(q, "search");
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            // Name the column where most query words start a word; earlier columns win ties.
            int bestColumn = 0;
            int bestScore = -1;
            for (int col = 0; col < searchColumns().size(); ++col) {
                const QStringList columnWords = wordsOf(q.value(col + 1).toString());
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
            seen.insert(id);
            hits.append(Hit { id, searchColumns().at(bestColumn) });
        }

        QSqlQuery count
            = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM customer_search WHERE customer_search MATCH ?"));
        count.addBindValue(match);
        if (!count.exec() || !count.next())
            return sqlError(count, "search count");
        ftsTotal = count.value(0).toLongLong();

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
    QSqlQuery row = m_db.prepare(QStringLiteral(
        "SELECT c.public_id, c.name, COALESCE(c.company, ''), u.id, u.login, u.display_name, "
        "(SELECT email FROM customer_emails e WHERE e.customer_id = c.id ORDER BY position, id LIMIT 1), "
        "(SELECT raw FROM customer_phones p WHERE p.customer_id = c.id ORDER BY position, id LIMIT 1), "
        "(SELECT number FROM accounts a WHERE a.customer_id = c.id ORDER BY id LIMIT 1) "
        "FROM customers c LEFT JOIN users u ON u.id = c.owner_user_id WHERE c.id = ?"));
    QJsonArray items;
    for (const Hit &hit : std::as_const(hits)) {
        if (items.size() >= limit)
            break;
        row.bindValue(0, hit.rowId);
        if (!row.exec())
            return sqlError(row, "search row");
        if (!row.next())
            continue; // index row of a deleted customer
        items.append(QJsonObject {
            { QStringLiteral("id"), row.value(0).toString() },
            { QStringLiteral("name"), row.value(1).toString() },
            { QStringLiteral("company"), row.value(2).toString() },
            { QStringLiteral("email"), row.value(6).toString() },
            { QStringLiteral("phone"), row.value(7).toString() },
            { QStringLiteral("account"), row.value(8).toString() },
            { QStringLiteral("owner"), userJson(row, 3) },
            { QStringLiteral("match"), hit.match },
        });
    }
    result.insert(QStringLiteral("items"), items);
    result.insert(QStringLiteral("total"), ftsTotal + (directCount - directAlsoInFts));
    return result;
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

// ---------------------------------------------------------------- get

Result<QJsonObject> CustomerStore::get(const QString &customerId)
{
    QSqlQuery c = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.public_id, c.name, COALESCE(c.company, ''), c.language, c.preferred_channel, c.notes, "
        "c.version, o.id, o.login, o.display_name, b.id, b.login, b.display_name, c.created_at, c.updated_at "
        "FROM customers c LEFT JOIN users o ON o.id = c.owner_user_id "
        "LEFT JOIN users b ON b.id = c.backup_user_id WHERE c.public_id = ?"));
    c.addBindValue(customerId);
    if (!c.exec())
        return sqlError(c, "get customer");
    if (!c.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no customer %1").arg(customerId.left(32)),
                         QJsonObject { { QStringLiteral("id"), customerId.left(32) } });
    const qint64 rowId = c.value(0).toLongLong();

    const auto strings = [&](const QString &sql, QJsonArray &out) -> Result<void> {
        QSqlQuery q = m_db.prepare(sql);
        q.addBindValue(rowId);
        if (!q.exec())
            return sqlError(q, "get customer details");
        while (q.next())
            out.append(q.value(0).toString());
        return {};
    };
    QJsonArray emails, phones, flags;
    if (auto r = strings(QStringLiteral("SELECT email FROM customer_emails WHERE customer_id = ? "
                                        "ORDER BY position, id"),
                         emails);
        !r)
        return r.error();
    if (auto r = strings(QStringLiteral("SELECT raw FROM customer_phones WHERE customer_id = ? ORDER BY position, id"),
                         phones);
        !r)
        return r.error();
    if (auto r = strings(QStringLiteral("SELECT flag FROM customer_flags WHERE customer_id = ? ORDER BY flag"), flags);
        !r)
        return r.error();

    QJsonValue address = QJsonValue::Null;
    QSqlQuery a = m_db.prepare(QStringLiteral("SELECT street, city, postcode, country FROM addresses "
                                              "WHERE customer_id = ? ORDER BY kind = 'billing' DESC, id LIMIT 1"));
    a.addBindValue(rowId);
    if (!a.exec())
        return sqlError(a, "get customer address");
    if (a.next()) {
        address = QJsonObject { { QStringLiteral("street"), a.value(0).toString() },
                                { QStringLiteral("city"), a.value(1).toString() },
                                { QStringLiteral("postcode"), a.value(2).toString() },
                                { QStringLiteral("country"), a.value(3).toString() } };
    }

    QJsonValue account = QJsonValue::Null;
    QSqlQuery acc = m_db.prepare(QStringLiteral("SELECT number, status, plan, balance_cents, currency, "
                                                "credit_limit_cents, version FROM accounts WHERE customer_id = ? "
                                                "ORDER BY id LIMIT 1"));
    acc.addBindValue(rowId);
    if (!acc.exec())
        return sqlError(acc, "get customer account");
    if (acc.next()) {
        account = QJsonObject { { QStringLiteral("number"), acc.value(0).toString() },
                                { QStringLiteral("status"), acc.value(1).toString() },
                                { QStringLiteral("plan"), acc.value(2).toString() },
                                { QStringLiteral("balance"), formatCents(acc.value(3).toLongLong()) },
                                { QStringLiteral("currency"), acc.value(4).toString() },
                                { QStringLiteral("creditLimit"), formatCents(acc.value(5).toLongLong()) },
                                { QStringLiteral("version"), acc.value(6).toLongLong() } };
    }

    QJsonArray openOrders;
    QSqlQuery o = m_db.prepare(
        QStringLiteral("SELECT number, status, total_cents, currency, created_at, promised_on, version FROM orders "
                       "WHERE customer_id = ? AND status IN ('draft', 'placed', 'picked', 'shipped') "
                       "ORDER BY created_at DESC, id DESC"));
    o.addBindValue(rowId);
    if (!o.exec())
        return sqlError(o, "get customer orders");
    while (o.next()) {
        openOrders.append(
            QJsonObject { { QStringLiteral("number"), o.value(0).toString() },
                          { QStringLiteral("status"), o.value(1).toString() },
                          { QStringLiteral("total"), formatCents(o.value(2).toLongLong()) },
                          { QStringLiteral("currency"), o.value(3).toString() },
                          { QStringLiteral("createdAt"), o.value(4).toString() },
                          { QStringLiteral("promisedOn"),
                            o.value(5).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.value(5).toString()) },
                          { QStringLiteral("version"), o.value(6).toLongLong() } });
    }

    QJsonArray history;
    QSqlQuery h = m_db.prepare(
        QStringLiteral("SELECT h.id, h.at, h.type, COALESCE(u.login, ''), h.summary, h.ref FROM history h "
                       "LEFT JOIN users u ON u.id = h.author_user_id WHERE h.customer_id = ? "
                       "ORDER BY h.at DESC, h.id DESC LIMIT ?"));
    h.addBindValue(rowId);
    h.addBindValue(kRecentHistory);
    if (!h.exec())
        return sqlError(h, "get customer history");
    while (h.next()) {
        QJsonObject item { { QStringLiteral("id"), h.value(0).toLongLong() },
                           { QStringLiteral("at"), h.value(1).toString() },
                           { QStringLiteral("type"), h.value(2).toString() },
                           { QStringLiteral("author"), h.value(3).toString() },
                           { QStringLiteral("text"), h.value(4).toString() } };
        if (!h.value(5).isNull())
            item.insert(QStringLiteral("ref"), h.value(5).toString());
        history.append(item);
    }

    const QJsonObject customer {
        { QStringLiteral("id"), c.value(1).toString() },
        { QStringLiteral("name"), c.value(2).toString() },
        { QStringLiteral("company"), c.value(3).toString() },
        { QStringLiteral("emails"), emails },
        { QStringLiteral("phones"), phones },
        { QStringLiteral("address"), address },
        { QStringLiteral("language"), c.value(4).toString() },
        { QStringLiteral("flags"), flags },
        { QStringLiteral("notes"), c.value(6).toString() },
        { QStringLiteral("preferredChannel"), c.value(5).toString() },
        { QStringLiteral("version"), c.value(7).toLongLong() },
        { QStringLiteral("owner"), userJson(c, 8) },
        { QStringLiteral("backup"), userJson(c, 11) },
        { QStringLiteral("account"), account },
        { QStringLiteral("createdAt"), c.value(14).toString() },
        { QStringLiteral("updatedAt"), c.value(15).toString() },
    };
    return QJsonObject { { QStringLiteral("customer"), customer },
                         { QStringLiteral("openOrders"), openOrders },
                         { QStringLiteral("recentHistory"), history } };
}

// ---------------------------------------------------------------- writes

Result<QJsonObject> CustomerStore::addNote(const QString &customerId, qint64 authorUserId, const QString &text)
{
    const QString note = text.trimmed();
    const QJsonObject field { { QStringLiteral("field"), QStringLiteral("text") } };
    if (note.isEmpty())
        return makeError(ErrorCode::BadRequest, QStringLiteral("note text is empty"), field);
    if (note.size() > kMaxNoteLength)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("note text is longer than %1 characters").arg(kMaxNoteLength), field);

    QJsonObject out;
    auto r = m_db.write([&]() -> Result<void> {
        const qint64 rowId = rowIdOf(customerId);
        if (rowId == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("no customer %1").arg(customerId.left(32)),
                             QJsonObject { { QStringLiteral("id"), customerId.left(32) } });
        QSqlQuery author = m_db.prepare(QStringLiteral("SELECT login FROM users WHERE id = ?"));
        author.addBindValue(authorUserId);
        if (!author.exec())
            return sqlError(author, "note author");
        if (!author.next())
            return makeError(ErrorCode::BadRequest, QStringLiteral("unknown author"));
        const QString login = author.value(0).toString();
        const QString at = nowStamp();

        QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT INTO history(customer_id, at, type, author_user_id, "
                                                    "summary) VALUES (?, ?, 'note', ?, ?)"));
        ins.addBindValue(rowId);
        ins.addBindValue(at);
        ins.addBindValue(authorUserId);
        ins.addBindValue(note);
        if (!ins.exec())
            return sqlError(ins, "add note");
        const qint64 noteId = ins.lastInsertId().toLongLong();

        QSqlQuery bump = m_db.prepare(QStringLiteral("UPDATE customers SET version = version + 1, updated_at = ? "
                                                     "WHERE id = ? RETURNING version"));
        bump.addBindValue(at);
        bump.addBindValue(rowId);
        if (!bump.exec() || !bump.next())
            return sqlError(bump, "bump customer version");
        const qint64 version = bump.value(0).toLongLong();
        bump.finish();

        out = QJsonObject { { QStringLiteral("customer"), customerId },
                            { QStringLiteral("note"),
                              QJsonObject { { QStringLiteral("id"), noteId },
                                            { QStringLiteral("at"), at },
                                            { QStringLiteral("type"), QStringLiteral("note") },
                                            { QStringLiteral("author"), login },
                                            { QStringLiteral("text"), note } } },
                            { QStringLiteral("version"), version } };
        return {};
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace spocs
