#include "coordinator/customers/CustomerHistory.h"
#include "coordinator/customers/CustomerStore.h"
#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/Try.h"

#include <QSet>
#include <QSqlQuery>

// customer.create and the lookups that go with a new customer: who already has this e-mail
// address or phone number. Every new customer (created by an agent, by contact.inbound from
// an unknown caller, or from an unknown mail sender) comes through create().
namespace spocs {
namespace {

// A phone number shorter than this (without trunk or international zeros) matches too many.
constexpr int kMinPhoneMatchDigits = 7;
// New accounts: nothing bought yet, no credit.
const QString kProspectPlan = QStringLiteral("basic");
const QString kDefaultCurrency = QStringLiteral("EUR");

// Leading zeros are trunk or international prefixes ("030 ...", "0049 ..."), which the stored
// international digits do not have: match on the rest as a suffix.
QString significantDigits(const QString &digits)
{
    QString out = digits;
    while (out.startsWith(u'0'))
        out.remove(0, 1);
    return out;
}

} // namespace

Result<QList<qint64>> CustomerStore::customersWithPhone(const QString &digits, int limit)
{
    const QString significant = significantDigits(digits);
    if (significant.size() < kMinPhoneMatchDigits)
        return QList<qint64>();
    const QString key = phoneKey(significant);
    // ':' sorts right after '9'.
    return m_db.ids(QStringLiteral("SELECT DISTINCT customer_id FROM customer_phones "
                                   "WHERE digits_reversed >= ? AND digits_reversed < ? ORDER BY customer_id LIMIT ?"),
                    { key, QString(key + u':'), limit }, "customers with phone");
}

Result<QList<domain::CustomerSearchHit>> CustomerStore::duplicates(const QStringList &emails,
                                                                   const QList<Phone> &phones, int limit)
{
    QList<Hit> hits;
    QSet<qint64> seen;
    const auto add = [&](qint64 rowId, const QString &match) {
        if (!seen.contains(rowId)) {
            seen.insert(rowId);
            hits.append(Hit { rowId, match });
        }
    };
    QSqlQuery byEmail = m_db.prepare(QStringLiteral("SELECT DISTINCT customer_id FROM customer_emails "
                                                    "WHERE email = ? ORDER BY customer_id LIMIT ?"));
    for (const QString &email : emails) {
        byEmail.bindValue(0, email); // the column is COLLATE NOCASE
        byEmail.bindValue(1, limit);
        if (!byEmail.exec())
            return sqlError(byEmail, "duplicate e-mail");
        while (byEmail.next())
            add(byEmail.value(0).toLongLong(), QStringLiteral("email"));
    }
    for (const Phone &phone : phones) {
        SPOCS_TRY_LET(rows, customersWithPhone(phone.digits, limit));
        for (const qint64 rowId : std::as_const(*rows))
            add(rowId, QStringLiteral("phone"));
    }
    return hitsOf(hits, limit);
}

Result<QString> CustomerStore::customerByPhone(const QString &phone)
{
    QString digits = digitsOf(phone);
    SPOCS_TRY_LET(rows, customersWithPhone(digits, 1));
    if (rows->isEmpty())
        return QString();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT public_id FROM customers WHERE id = ?"));
    q.addBindValue(rows->first());
    if (!q.exec())
        return sqlError(q, "customer by phone");
    return q.next() ? q.value(0).toString() : QString();
}

Result<CustomerStore::Created> CustomerStore::create(const domain::CustomerDraft &draft, std::optional<qint64> owner,
                                                     std::optional<qint64> author)
{
    const QString name = draft.name.simplified();
    if (name.isEmpty())
        return badField(QStringLiteral("name"), QStringLiteral("name is empty"));
    if (name.size() > kMaxNameLength)
        return badField(QStringLiteral("name"),
                        QStringLiteral("name is longer than %1 characters").arg(kMaxNameLength));
    const QString company = draft.company.value_or(QString()).simplified();
    if (company.size() > kMaxNameLength)
        return badField(QStringLiteral("company"),
                        QStringLiteral("company is longer than %1 characters").arg(kMaxNameLength));
    SPOCS_TRY_LET(emails, validEmails(draft.emails));
    SPOCS_TRY_LET(phones, validPhones(draft.phones));
    if (draft.address) {
        SPOCS_TRY(checkAddress(*draft.address));
    }
    const QString language = draft.language.value_or(QStringLiteral("en"));
    SPOCS_TRY(checkLanguage(language));
    // Without a choice: the channel they can be reached on.
    const QString channel = draft.preferredChannel.value_or(
        phones->isEmpty() && !emails->isEmpty() ? QStringLiteral("email") : QStringLiteral("phone"));
    SPOCS_TRY(checkChannel(channel));

    return m_db.write([&]() -> Result<Created> {
        Created out;
        QSqlQuery max = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(CAST(substr(public_id, 3) AS INTEGER)), 999) "
                                                    "FROM customers WHERE public_id GLOB 'C-[0-9]*'"));
        if (!max.exec() || !max.next())
            return sqlError(max, "next customer number");
        const qint64 number = max.value(0).toLongLong() + 1;
        max.finish();
        out.id = QStringLiteral("C-%1").arg(number);
        const QString at = m_db.nowStamp();
        QSqlQuery c = m_db.prepare(
            QStringLiteral("INSERT INTO customers(public_id, name, company, language, preferred_channel, "
                           "owner_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        c.addBindValue(out.id);
        c.addBindValue(name);
        c.addBindValue(company.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(company));
        c.addBindValue(language);
        c.addBindValue(channel);
        c.addBindValue(owner ? QVariant(*owner) : QVariant(QMetaType(QMetaType::LongLong)));
        c.addBindValue(at);
        c.addBindValue(at);
        if (!c.exec())
            return sqlError(c, "insert customer");
        out.rowId = c.lastInsertId().toLongLong();
        SPOCS_TRY(writeEmails(out.rowId, *emails));
        SPOCS_TRY(writePhones(out.rowId, *phones));
        if (draft.address) {
            SPOCS_TRY(writeAddress(out.rowId, *draft.address));
        }

        // The account number follows the customer number (C-1042, A-101042) unless an import took it.
        QString account = QStringLiteral("A-%1").arg(100000 + number);
        QSqlQuery taken = m_db.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE number = ?"));
        taken.addBindValue(account);
        if (!taken.exec())
            return sqlError(taken, "account number taken");
        if (taken.next()) {
            taken.finish();
            QSqlQuery next = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(CAST(substr(number, 3) AS INTEGER)), "
                                                         "100000) + 1 FROM accounts WHERE number GLOB 'A-[0-9]*'"));
            if (!next.exec() || !next.next())
                return sqlError(next, "next account number");
            account = QStringLiteral("A-%1").arg(next.value(0).toLongLong());
        }
        QSqlQuery a = m_db.prepare(QStringLiteral(
            "INSERT INTO accounts(number, customer_id, status, plan, credit_limit_cents, balance_cents, currency, "
            "opened_on) VALUES (?, ?, 'prospect', ?, 0, 0, ?, ?)"));
        a.addBindValue(account);
        a.addBindValue(out.rowId);
        a.addBindValue(kProspectPlan);
        a.addBindValue(kDefaultCurrency);
        a.addBindValue(m_db.now().date().toString(Qt::ISODate));
        if (!a.exec())
            return sqlError(a, "insert account");
        SPOCS_TRY(reindex(out.rowId));
        auto item = CustomerHistory(m_db).append(
            { out.rowId, at, QStringLiteral("note"), author,
              QStringLiteral("New customer; account %1 opened as a prospect.").arg(account), account });
        if (!item)
            return item.error();
        return out;
    });
}

} // namespace spocs
