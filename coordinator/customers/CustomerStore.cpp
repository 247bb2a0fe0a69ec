#include "coordinator/customers/CustomerStore.h"

#include "coordinator/commerce/BillingStore.h"
#include "coordinator/contacts/ContactStore.h"
#include "coordinator/knowledge/FullTextWords.h"
#include "coordinator/server/Log.h"
#include "coordinator/storage/Database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace spocs {
namespace {

constexpr int kMaxQueryWords = 8;
constexpr int kMaxWordLength = 64;
constexpr int kRecentHistory = 50;
constexpr int kRecentOrders = 20;
constexpr int kRankedCandidates = 1000;

// Columns of customer_search, in order; also the "match" names of full-text hits.
const QStringList &searchColumns()
{
    static const QStringList columns { QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("email"),
                                       QStringLiteral("phone"), QStringLiteral("account") };
    return columns;
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
    const QDateTime t = m_now ? m_now() : m_db.now();
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
    qint64 numberRangeTotal = -1; // counted by a number-prefix range instead of full text
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
        // An order or invoice number being typed: its customers by number prefix (type-ahead).
        if ((kind == u'O' || kind == u'I') && m.captured(2).size() >= 3) {
            QSqlQuery p = m_db.prepare(
                QStringLiteral("SELECT customer_id FROM %1 WHERE number > ? AND number < ? ORDER BY number LIMIT ?")
                    .arg(kind == u'O' ? QStringLiteral("orders") : QStringLiteral("invoices")));
            p.addBindValue(number);
            p.addBindValue(QString(number + u':')); // ':' sorts right after '9'
            p.addBindValue(limit);
            if (auto r = collect(p, match); !r)
                return r.error();
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
            if (auto r = collect(p, match); !r)
                return r.error();
            QSqlQuery count = m_db.prepare(
                QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE %2 >= ? AND %2 < ? LIMIT ?)")
                    .arg(table, column));
            count.addBindValue(number);
            count.addBindValue(QString(number + u':'));
            count.addBindValue(kMaxCountedTotal + 1);
            if (!count.exec() || !count.next())
                return sqlError(count, "search count");
            numberRangeTotal = count.value(0).toLongLong();
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
            { u"SELECT customer_id FROM orders WHERE number = ?", u"O-", u"order" },
            { u"SELECT customer_id FROM invoices WHERE number = ?", u"I-", u"invoice" },
            { u"SELECT customer_id FROM accounts WHERE number = ?", u"A-", u"account" },
            { u"SELECT id FROM customers WHERE public_id = ?", u"C-", u"id" },
        };
        for (const auto &l : lookups) {
            QSqlQuery q = m_db.prepare(QString::fromUtf16(l.sql));
            q.addBindValue(QString(QString::fromUtf16(l.prefix) + text));
            if (auto r = collect(q, QString::fromUtf16(l.match)); !r)
                return r.error();
        }
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
        if ((numberKind == u'C' || numberKind == u'A') && numberRangeTotal < 0)
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
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT rowid FROM (SELECT rowid, bm25(customer_search, 10.0, 4.0, 3.0, 2.0, 3.0) AS score "
                           "FROM customer_search WHERE customer_search MATCH ? LIMIT ?) ORDER BY score LIMIT ?"));
        q.addBindValue(match);
        q.addBindValue(kRankedCandidates);
        q.addBindValue(limit + directCount);
        if (!q.exec())
            return sqlError(q, "search");
        QList<qint64> ranked;
        while (q.next())
            ranked.append(q.value(0).toLongLong());
        q.finish();
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

        // Counting every match of a broad prefix ("m*") costs more than the search itself:
        // count up to the cap and say so.
        QSqlQuery count = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM customer_search "
                                                      "WHERE customer_search MATCH ? LIMIT ?)"));
        count.addBindValue(match);
        count.addBindValue(kMaxCountedTotal + 1);
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
    const qint64 total = numberRangeTotal >= 0 ? numberRangeTotal : ftsTotal + (directCount - directAlsoInFts);
    result.insert(QStringLiteral("total"), std::min<qint64>(total, kMaxCountedTotal));
    if (total > kMaxCountedTotal)
        result.insert(QStringLiteral("totalCapped"), true);
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

Result<QJsonObject> CustomerStore::customerJson(const QString &customerId, qint64 *rowIdOut)
{
    // One query for the profile: lists come back joined with the unit separator.
    QSqlQuery c = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.public_id, c.name, COALESCE(c.company, ''), c.language, c.preferred_channel, c.notes, "
        "c.version, o.id, o.login, o.display_name, b.id, b.login, b.display_name, c.created_at, c.updated_at, "
        "c.expected_response_hours, "
        "(SELECT group_concat(email, char(31)) FROM (SELECT email FROM customer_emails WHERE customer_id = c.id "
        " ORDER BY position, id)), "
        "(SELECT group_concat(raw, char(31)) FROM (SELECT raw FROM customer_phones WHERE customer_id = c.id "
        " ORDER BY position, id)), "
        "(SELECT group_concat(flag, char(31)) FROM (SELECT flag FROM customer_flags WHERE customer_id = c.id "
        " ORDER BY flag)), "
        "ad.id, ad.street, ad.city, ad.postcode, ad.country, "
        "a.id, a.number, a.status, a.plan, a.credit_limit_cents, a.balance_cents, a.currency, a.opened_on, a.version "
        "FROM customers c LEFT JOIN users o ON o.id = c.owner_user_id "
        "LEFT JOIN users b ON b.id = c.backup_user_id "
        "LEFT JOIN addresses ad ON ad.id = (SELECT id FROM addresses WHERE customer_id = c.id "
        " ORDER BY kind = 'billing' DESC, id LIMIT 1) "
        "LEFT JOIN accounts a ON a.id = (SELECT id FROM accounts WHERE customer_id = c.id ORDER BY id LIMIT 1) "
        "WHERE c.public_id = ?"));
    c.addBindValue(customerId);
    if (!c.exec())
        return sqlError(c, "get customer");
    if (!c.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no customer %1").arg(customerId.left(32)),
                         QJsonObject { { QStringLiteral("id"), customerId.left(32) } });
    if (rowIdOut)
        *rowIdOut = c.value(0).toLongLong();
    const auto list = [&](int column) {
        return QJsonArray::fromStringList(c.value(column).toString().split(QChar(31), Qt::SkipEmptyParts));
    };

    QJsonValue address = QJsonValue::Null;
    if (!c.value(20).isNull()) {
        address = QJsonObject { { QStringLiteral("street"), c.value(21).toString() },
                                { QStringLiteral("city"), c.value(22).toString() },
                                { QStringLiteral("postcode"), c.value(23).toString() },
                                { QStringLiteral("country"), c.value(24).toString() } };
    }
    QJsonValue account = QJsonValue::Null;
    if (!c.value(25).isNull()) {
        account = QJsonObject { { QStringLiteral("number"), c.value(26).toString() },
                                { QStringLiteral("status"), c.value(27).toString() },
                                { QStringLiteral("plan"), c.value(28).toString() },
                                { QStringLiteral("creditLimit"), formatCents(c.value(29).toLongLong()) },
                                { QStringLiteral("balance"), formatCents(c.value(30).toLongLong()) },
                                { QStringLiteral("currency"), c.value(31).toString() },
                                { QStringLiteral("openedOn"), c.value(32).toString() },
                                { QStringLiteral("version"), c.value(33).toLongLong() } };
    }
    return QJsonObject {
        { QStringLiteral("id"), c.value(1).toString() },
        { QStringLiteral("name"), c.value(2).toString() },
        { QStringLiteral("company"), c.value(3).toString() },
        { QStringLiteral("emails"), list(17) },
        { QStringLiteral("phones"), list(18) },
        { QStringLiteral("address"), address },
        { QStringLiteral("language"), c.value(4).toString() },
        { QStringLiteral("flags"), list(19) },
        { QStringLiteral("notes"), c.value(6).toString() },
        { QStringLiteral("preferredChannel"), c.value(5).toString() },
        { QStringLiteral("expectedResponseHours"), c.value(16).toLongLong() },
        { QStringLiteral("version"), c.value(7).toLongLong() },
        { QStringLiteral("owner"), userJson(c, 8) },
        { QStringLiteral("backup"), userJson(c, 11) },
        { QStringLiteral("account"), account },
        { QStringLiteral("createdAt"), c.value(14).toString() },
        { QStringLiteral("updatedAt"), c.value(15).toString() },
    };
}

Result<QJsonObject> CustomerStore::get(const QString &customerId)
{
    qint64 rowId = 0;
    auto customer = customerJson(customerId, &rowId);
    if (!customer)
        return customer.error();
    const QString today = m_db.now().date().toString(Qt::ISODate);

    const auto orders = [&](const QString &where, QJsonArray &out) -> Result<void> {
        QSqlQuery o = m_db.prepare(
            QStringLiteral("SELECT number, status, total_cents, currency, created_at, promised_on, version, "
                           "(SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id) FROM orders o "
                           "WHERE customer_id = ? %1")
                .arg(where));
        o.addBindValue(rowId);
        if (!o.exec())
            return sqlError(o, "get customer orders");
        while (o.next()) {
            out.append(QJsonObject {
                { QStringLiteral("number"), o.value(0).toString() },
                { QStringLiteral("status"), o.value(1).toString() },
                { QStringLiteral("total"), formatCents(o.value(2).toLongLong()) },
                { QStringLiteral("currency"), o.value(3).toString() },
                { QStringLiteral("createdAt"), o.value(4).toString() },
                { QStringLiteral("promisedOn"),
                  o.value(5).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.value(5).toString()) },
                { QStringLiteral("lineCount"), o.value(7).toLongLong() },
                { QStringLiteral("version"), o.value(6).toLongLong() } });
        }
        return {};
    };
    QJsonArray openOrders, recentOrders;
    if (auto r = orders(QStringLiteral("AND status IN ('draft', 'placed', 'picked', 'shipped') "
                                       "ORDER BY created_at DESC, id DESC"),
                        openOrders);
        !r)
        return r.error();
    if (auto r = orders(QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT %1").arg(kRecentOrders), recentOrders);
        !r)
        return r.error();

    QJsonArray invoices;
    qint64 overdueCents = 0;
    QSqlQuery i = m_db.prepare(QStringLiteral(
        "SELECT number, issued_on, due_on, total_cents, balance_cents, currency, status FROM invoices "
        "WHERE customer_id = ? AND balance_cents > 0 AND status IN ('open', 'disputed') ORDER BY due_on, id"));
    i.addBindValue(rowId);
    if (!i.exec())
        return sqlError(i, "get customer invoices");
    while (i.next()) {
        const QJsonObject summary = BillingStore::summaryJson(
            i.value(0).toString(), i.value(1).toString(), i.value(2).toString(), i.value(3).toLongLong(),
            i.value(4).toLongLong(), i.value(5).toString(), i.value(6).toString(), today);
        if (summary.value(QStringLiteral("overdue")).toBool())
            overdueCents += i.value(4).toLongLong();
        invoices.append(summary);
    }
    const QJsonObject account = customer->value(QStringLiteral("account")).toObject();
    const QJsonObject balance {
        { QStringLiteral("amount"), account.value(QStringLiteral("balance")).toString(QStringLiteral("0.00")) },
        { QStringLiteral("currency"), account.value(QStringLiteral("currency")).toString(QStringLiteral("EUR")) },
        { QStringLiteral("overdue"), formatCents(overdueCents) }
    };

    QJsonArray cards;
    QSqlQuery k = m_db.prepare(QStringLiteral("SELECT brand, bin, last4 FROM payment_cards WHERE customer_id = ? "
                                              "ORDER BY id"));
    k.addBindValue(rowId);
    if (!k.exec())
        return sqlError(k, "get customer cards");
    while (k.next()) {
        cards.append(QJsonObject { { QStringLiteral("brand"), k.value(0).toString() },
                                   { QStringLiteral("bin"), k.value(1).toString() },
                                   { QStringLiteral("last4"), k.value(2).toString() } });
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

    auto openContacts = ContactStore(m_db).openContacts(customerId);
    if (!openContacts)
        return openContacts.error();
    return QJsonObject {
        { QStringLiteral("customer"), customer.value() }, { QStringLiteral("openOrders"), openOrders },
        { QStringLiteral("orders"), recentOrders },       { QStringLiteral("invoices"), invoices },
        { QStringLiteral("balance"), balance },           { QStringLiteral("cards"), cards },
        { QStringLiteral("recentHistory"), history },     { QStringLiteral("openContacts"), openContacts.value() }
    };
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

namespace spocs {

// ---------------------------------------------------------------- account.update

const QStringList &CustomerStore::knownFlags()
{
    static const QStringList flags { QStringLiteral("vip"), QStringLiteral("at_risk"), QStringLiteral("dunning"),
                                     QStringLiteral("key_account"), QStringLiteral("gdpr_restricted") };
    return flags;
}

const QStringList &CustomerStore::knownPlans()
{
    static const QStringList plans { QStringLiteral("basic"), QStringLiteral("standard"), QStringLiteral("premium"),
                                     QStringLiteral("business") };
    return plans;
}

QStringList CustomerStore::AccountChanges::fieldNames() const
{
    QStringList out;
    if (emails)
        out.append(QStringLiteral("emails"));
    if (phones)
        out.append(QStringLiteral("phones"));
    if (address)
        out.append(QStringLiteral("address"));
    if (preferredChannel)
        out.append(QStringLiteral("preferredChannel"));
    if (language)
        out.append(QStringLiteral("language"));
    if (plan)
        out.append(QStringLiteral("plan"));
    if (notes)
        out.append(QStringLiteral("notes"));
    if (flags)
        out.append(QStringLiteral("flags"));
    if (expectedResponseHours)
        out.append(QStringLiteral("expectedResponseHours"));
    return out;
}

namespace {

Error badField(const QString &field, const QString &message)
{
    return makeError(ErrorCode::BadRequest, message, QJsonObject { { QStringLiteral("field"), field } });
}

} // namespace

Result<QJsonObject> CustomerStore::update(const QString &customerId, qint64 expectedVersion,
                                          const AccountChanges &changes)
{
    // Validate everything before touching anything.
    QStringList emails;
    if (changes.emails) {
        static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (changes.emails->size() > 5)
            return badField(QStringLiteral("emails"), QStringLiteral("at most 5 e-mail addresses"));
        for (const QString &raw : *changes.emails) {
            const QString e = raw.trimmed();
            if (e.size() > 254 || !emailRe.match(e).hasMatch())
                return badField(QStringLiteral("emails"), QStringLiteral("not an e-mail address"));
            if (!emails.contains(e, Qt::CaseInsensitive))
                emails.append(e);
        }
    }
    struct Phone
    {
        QString raw, digits;
    };
    QList<Phone> phones;
    if (changes.phones) {
        static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9()./\\s-]+$"));
        if (changes.phones->size() > 5)
            return badField(QStringLiteral("phones"), QStringLiteral("at most 5 phone numbers"));
        for (const QString &raw : *changes.phones) {
            const QString p = raw.simplified();
            QString digits = digitsOf(p);
            if (digits.startsWith(QStringLiteral("00")))
                digits.remove(0, 2); // international prefix: stored like "+"
            if (p.size() > 40 || !phoneRe.match(p).hasMatch() || digits.size() < 4 || digits.size() > 15)
                return badField(QStringLiteral("phones"), QStringLiteral("not a phone number"));
            if (std::none_of(phones.cbegin(), phones.cend(), [&](const Phone &x) { return x.digits == digits; }))
                phones.append(Phone { p, digits });
        }
    }
    if (changes.address) {
        const PostalAddress &a = *changes.address;
        static const QRegularExpression countryRe(QStringLiteral("^[A-Za-z]{2}$"));
        if (a.street.trimmed().isEmpty() || a.street.size() > 200 || a.city.trimmed().isEmpty() || a.city.size() > 100
            || a.postcode.size() > 20 || !countryRe.match(a.country).hasMatch())
            return badField(QStringLiteral("address"),
                            QStringLiteral("address needs street, city, postcode and a two-letter country"));
    }
    static const QStringList channels { QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat"),
                                        QStringLiteral("letter") };
    if (changes.preferredChannel && !channels.contains(*changes.preferredChannel))
        return badField(QStringLiteral("preferredChannel"),
                        QStringLiteral("preferredChannel must be phone, email, chat or letter"));
    static const QRegularExpression languageRe(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    if (changes.language && !languageRe.match(*changes.language).hasMatch())
        return badField(QStringLiteral("language"), QStringLiteral("language must be a language code like de or en"));
    if (changes.plan && !knownPlans().contains(*changes.plan))
        return badField(QStringLiteral("plan"),
                        QStringLiteral("plan must be one of %1").arg(knownPlans().join(QStringLiteral(", "))));
    if (changes.notes && changes.notes->size() > kMaxNoteLength)
        return badField(QStringLiteral("notes"),
                        QStringLiteral("notes are longer than %1 characters").arg(kMaxNoteLength));
    QStringList flags;
    if (changes.flags) {
        for (const QString &f : *changes.flags) {
            if (!knownFlags().contains(f))
                return badField(QStringLiteral("flags"),
                                QStringLiteral("flags must be among %1").arg(knownFlags().join(QStringLiteral(", "))));
            if (!flags.contains(f))
                flags.append(f);
        }
    }
    if (changes.expectedResponseHours && (*changes.expectedResponseHours < 1 || *changes.expectedResponseHours > 720))
        return badField(QStringLiteral("expectedResponseHours"),
                        QStringLiteral("expectedResponseHours must be between 1 and 720"));
    if (changes.isEmpty())
        return badField(QStringLiteral("changes"), QStringLiteral("nothing to change"));

    QJsonObject out;
    auto r = m_db.write([&]() -> Result<void> {
        QSqlQuery cur = m_db.prepare(QStringLiteral("SELECT id, version FROM customers WHERE public_id = ?"));
        cur.addBindValue(customerId);
        if (!cur.exec())
            return sqlError(cur, "account.update customer");
        if (!cur.next())
            return makeError(ErrorCode::NotFound, QStringLiteral("no customer %1").arg(customerId.left(32)),
                             QJsonObject { { QStringLiteral("id"), customerId.left(32) } });
        const qint64 rowId = cur.value(0).toLongLong();
        const qint64 version = cur.value(1).toLongLong();
        cur.finish();
        if (version != expectedVersion)
            return makeError(ErrorCode::VersionConflict, QStringLiteral("the customer changed meanwhile"),
                             QJsonObject { { QStringLiteral("current"), version },
                                           { QStringLiteral("expected"), expectedVersion } });
        const auto run = [&](const QString &sql, const QVariantList &values, const char *what) -> Result<void> {
            QSqlQuery q = m_db.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec())
                return sqlError(q, what);
            return {};
        };
        if (changes.emails) {
            if (auto e
                = run(QStringLiteral("DELETE FROM customer_emails WHERE customer_id = ?"), { rowId }, "replace emails");
                !e)
                return e;
            for (qsizetype i = 0; i < emails.size(); ++i) {
                if (auto e = run(QStringLiteral("INSERT INTO customer_emails(customer_id, email, position) "
                                                "VALUES (?, ?, ?)"),
                                 { rowId, emails.at(i), int(i) }, "add email");
                    !e)
                    return e;
            }
        }
        if (changes.phones) {
            if (auto e
                = run(QStringLiteral("DELETE FROM customer_phones WHERE customer_id = ?"), { rowId }, "replace phones");
                !e)
                return e;
            for (qsizetype i = 0; i < phones.size(); ++i) {
                if (auto e
                    = run(QStringLiteral("INSERT INTO customer_phones(customer_id, raw, digits, "
                                         "digits_reversed, position) VALUES (?, ?, ?, ?, ?)"),
                          { rowId, phones.at(i).raw, phones.at(i).digits, reversed(phones.at(i).digits), int(i) },
                          "add phone");
                    !e)
                    return e;
            }
        }
        if (changes.address) {
            const PostalAddress &a = *changes.address;
            QSqlQuery find = m_db.prepare(QStringLiteral("SELECT id FROM addresses WHERE customer_id = ? "
                                                         "ORDER BY kind = 'billing' DESC, id LIMIT 1"));
            find.addBindValue(rowId);
            if (!find.exec())
                return sqlError(find, "find address");
            const QVariant addressId = find.next() ? find.value(0) : QVariant();
            find.finish();
            const QVariantList values { a.street.trimmed(), a.city.trimmed(), a.postcode.trimmed(),
                                        a.country.toUpper() };
            if (addressId.isValid()) {
                if (auto e = run(QStringLiteral("UPDATE addresses SET street = ?, city = ?, postcode = ?, "
                                                "country = ? WHERE id = ?"),
                                 values + QVariantList { addressId }, "update address");
                    !e)
                    return e;
            } else if (auto e = run(QStringLiteral("INSERT INTO addresses(street, city, postcode, country, "
                                                   "customer_id) VALUES (?, ?, ?, ?, ?)"),
                                    values + QVariantList { rowId }, "add address");
                       !e) {
                return e;
            }
        }
        if (changes.flags) {
            if (auto e
                = run(QStringLiteral("DELETE FROM customer_flags WHERE customer_id = ?"), { rowId }, "replace flags");
                !e)
                return e;
            for (const QString &f : std::as_const(flags)) {
                if (auto e = run(QStringLiteral("INSERT INTO customer_flags(customer_id, flag) VALUES (?, ?)"),
                                 { rowId, f }, "add flag");
                    !e)
                    return e;
            }
        }
        if (changes.plan) {
            if (auto e = run(QStringLiteral("UPDATE accounts SET plan = ?, version = version + 1 WHERE id = "
                                            "(SELECT id FROM accounts WHERE customer_id = ? ORDER BY id LIMIT 1)"),
                             { *changes.plan, rowId }, "update plan");
                !e)
                return e;
        }
        const QString at = nowStamp();
        QSqlQuery bump = m_db.prepare(
            QStringLiteral("UPDATE customers SET preferred_channel = COALESCE(?, preferred_channel), "
                           "language = COALESCE(?, language), notes = COALESCE(?, notes), "
                           "expected_response_hours = COALESCE(?, expected_response_hours), version = version + 1, "
                           "updated_at = ? WHERE id = ?"));
        bump.addBindValue(changes.preferredChannel ? QVariant(*changes.preferredChannel) : QVariant());
        bump.addBindValue(changes.language ? QVariant(*changes.language) : QVariant());
        bump.addBindValue(changes.notes ? QVariant(*changes.notes) : QVariant());
        bump.addBindValue(changes.expectedResponseHours ? QVariant(*changes.expectedResponseHours) : QVariant());
        bump.addBindValue(at);
        bump.addBindValue(rowId);
        if (!bump.exec())
            return sqlError(bump, "update customer");
        if (changes.emails || changes.phones) {
            if (auto e = reindex(rowId); !e)
                return e;
        }
        auto customer = customerJson(customerId);
        if (!customer)
            return customer.error();
        out = QJsonObject { { QStringLiteral("customer"), customer.value() },
                            { QStringLiteral("version"), customer->value(QStringLiteral("version")) } };
        return {};
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace spocs
