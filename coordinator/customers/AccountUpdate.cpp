#include "coordinator/customers/CustomerStore.h"

#include "coordinator/storage/Database.h"
#include "core/Args.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

// account.update: validates each changed field of the customer's profile and account, then
// writes them in one transaction with the customer's version check and bump.
namespace spocs {

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
        const domain::Address &a = *changes.address;
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
                          { rowId, phones.at(i).raw, phones.at(i).digits, phoneKey(phones.at(i).digits), int(i) },
                          "add phone");
                    !e)
                    return e;
            }
        }
        if (changes.address) {
            const domain::Address &a = *changes.address;
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
