#include "coordinator/customers/CustomerStore.h"

#include "coordinator/storage/Database.h"
#include "core/Args.h"
#include "core/Try.h"

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

Result<QStringList> CustomerStore::validEmails(const QStringList &emails)
{
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (emails.size() > 5)
        return badField(QStringLiteral("emails"), QStringLiteral("at most 5 e-mail addresses"));
    QStringList out;
    for (const QString &raw : emails) {
        const QString e = raw.trimmed();
        if (e.size() > 254 || !emailRe.match(e).hasMatch())
            return badField(QStringLiteral("emails"), QStringLiteral("not an e-mail address"));
        if (!out.contains(e, Qt::CaseInsensitive))
            out.append(e);
    }
    return out;
}

Result<QList<CustomerStore::Phone>> CustomerStore::validPhones(const QStringList &phones)
{
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9()./\\s-]+$"));
    if (phones.size() > 5)
        return badField(QStringLiteral("phones"), QStringLiteral("at most 5 phone numbers"));
    QList<Phone> out;
    for (const QString &raw : phones) {
        const QString p = raw.simplified();
        QString digits = digitsOf(p);
        if (digits.startsWith(QStringLiteral("00")))
            digits.remove(0, 2); // international prefix: stored like "+"
        if (p.size() > 40 || !phoneRe.match(p).hasMatch() || digits.size() < 4 || digits.size() > 15)
            return badField(QStringLiteral("phones"), QStringLiteral("not a phone number"));
        if (std::none_of(out.cbegin(), out.cend(), [&](const Phone &x) { return x.digits == digits; }))
            out.append(Phone { p, digits });
    }
    return out;
}

Result<void> CustomerStore::checkAddress(const domain::Address &a)
{
    static const QRegularExpression countryRe(QStringLiteral("^[A-Za-z]{2}$"));
    if (a.street.trimmed().isEmpty() || a.street.size() > 200 || a.city.trimmed().isEmpty() || a.city.size() > 100
        || a.postcode.size() > 20 || !countryRe.match(a.country).hasMatch())
        return badField(QStringLiteral("address"),
                        QStringLiteral("address needs street, city, postcode and a two-letter country"));
    return {};
}

Result<void> CustomerStore::checkChannel(const QString &preferredChannel)
{
    static const QStringList channels { QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat"),
                                        QStringLiteral("letter") };
    if (!channels.contains(preferredChannel))
        return badField(QStringLiteral("preferredChannel"),
                        QStringLiteral("preferredChannel must be phone, email, chat or letter"));
    return {};
}

Result<void> CustomerStore::checkLanguage(const QString &language)
{
    static const QRegularExpression languageRe(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    if (!languageRe.match(language).hasMatch())
        return badField(QStringLiteral("language"), QStringLiteral("language must be a language code like de or en"));
    return {};
}

Result<void> CustomerStore::writeEmails(qint64 rowId, const QStringList &emails)
{
    QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM customer_emails WHERE customer_id = ?"));
    del.addBindValue(rowId);
    if (!del.exec())
        return sqlError(del, "replace emails");
    QSqlQuery ins
        = m_db.prepare(QStringLiteral("INSERT INTO customer_emails(customer_id, email, position) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < emails.size(); ++i) {
        ins.bindValue(0, rowId);
        ins.bindValue(1, emails.at(i));
        ins.bindValue(2, int(i));
        if (!ins.exec())
            return sqlError(ins, "add email");
    }
    return {};
}

Result<void> CustomerStore::writePhones(qint64 rowId, const QList<Phone> &phones)
{
    QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM customer_phones WHERE customer_id = ?"));
    del.addBindValue(rowId);
    if (!del.exec())
        return sqlError(del, "replace phones");
    QSqlQuery ins = m_db.prepare(QStringLiteral("INSERT INTO customer_phones(customer_id, raw, digits, "
                                                "digits_reversed, position) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < phones.size(); ++i) {
        ins.bindValue(0, rowId);
        ins.bindValue(1, phones.at(i).raw);
        ins.bindValue(2, phones.at(i).digits);
        ins.bindValue(3, phoneKey(phones.at(i).digits));
        ins.bindValue(4, int(i));
        if (!ins.exec())
            return sqlError(ins, "add phone");
    }
    return {};
}

Result<void> CustomerStore::writeAddress(qint64 rowId, const domain::Address &a)
{
    QSqlQuery find = m_db.prepare(QStringLiteral("SELECT id FROM addresses WHERE customer_id = ? "
                                                 "ORDER BY kind = 'billing' DESC, id LIMIT 1"));
    find.addBindValue(rowId);
    if (!find.exec())
        return sqlError(find, "find address");
    const QVariant addressId = find.next() ? find.value(0) : QVariant();
    find.finish();
    QSqlQuery write = m_db.prepare(
        addressId.isValid()
            ? QStringLiteral("UPDATE addresses SET street = ?, city = ?, postcode = ?, country = ? WHERE id = ?")
            : QStringLiteral("INSERT INTO addresses(street, city, postcode, country, customer_id) "
                             "VALUES (?, ?, ?, ?, ?)"));
    write.addBindValue(a.street.trimmed());
    write.addBindValue(a.city.trimmed());
    write.addBindValue(a.postcode.trimmed());
    write.addBindValue(a.country.toUpper());
    write.addBindValue(addressId.isValid() ? addressId : QVariant(rowId));
    if (!write.exec())
        return sqlError(write, addressId.isValid() ? "update address" : "add address");
    return {};
}

Result<QJsonObject> CustomerStore::update(const QString &customerId, qint64 expectedVersion,
                                          const AccountChanges &changes)
{
    // Validate everything before touching anything.
    QStringList emails;
    if (changes.emails) {
        SPOCS_TRY_LET(valid, validEmails(*changes.emails));
        emails = *valid;
    }
    QList<Phone> phones;
    if (changes.phones) {
        SPOCS_TRY_LET(valid, validPhones(*changes.phones));
        phones = *valid;
    }
    if (changes.address) {
        SPOCS_TRY(checkAddress(*changes.address));
    }
    if (changes.preferredChannel) {
        SPOCS_TRY(checkChannel(*changes.preferredChannel));
    }
    if (changes.language) {
        SPOCS_TRY(checkLanguage(*changes.language));
    }
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

    return m_db.write([&]() -> Result<QJsonObject> {
        QJsonObject out;
        QSqlQuery cur = m_db.prepare(QStringLiteral("SELECT id, version FROM customers WHERE public_id = ?"));
        cur.addBindValue(customerId);
        if (!cur.exec())
            return sqlError(cur, "account.update customer");
        if (!cur.next())
            return notFound(customerId);
        const qint64 rowId = cur.value(0).toLongLong();
        const qint64 version = cur.value(1).toLongLong();
        cur.finish();
        if (version != expectedVersion)
            return versionConflict("customer", version, expectedVersion);
        if (changes.emails) {
            SPOCS_TRY(writeEmails(rowId, emails));
        }
        if (changes.phones) {
            SPOCS_TRY(writePhones(rowId, phones));
        }
        if (changes.address) {
            SPOCS_TRY(writeAddress(rowId, *changes.address));
        }
        if (changes.flags) {
            SPOCS_TRY(m_db.query(QStringLiteral("DELETE FROM customer_flags WHERE customer_id = ?"), { rowId },
                                 "replace flags"));
            for (const QString &f : std::as_const(flags)) {
                SPOCS_TRY(m_db.query(QStringLiteral("INSERT INTO customer_flags(customer_id, flag) VALUES (?, ?)"),
                                     { rowId, f }, "add flag"));
            }
        }
        if (changes.plan) {
            SPOCS_TRY(m_db.query(QStringLiteral("UPDATE accounts SET plan = ?, version = version + 1 WHERE id = "
                                                "(SELECT id FROM accounts WHERE customer_id = ? ORDER BY id LIMIT 1)"),
                                 { *changes.plan, rowId }, "update plan"));
        }
        const QString at = m_db.nowStamp();
        SPOCS_TRY(m_db.query(
            QStringLiteral("UPDATE customers SET preferred_channel = COALESCE(?, preferred_channel), "
                           "language = COALESCE(?, language), notes = COALESCE(?, notes), "
                           "expected_response_hours = COALESCE(?, expected_response_hours), version = version + 1, "
                           "updated_at = ? WHERE id = ?"),
            { changes.preferredChannel ? QVariant(*changes.preferredChannel) : QVariant(),
              changes.language ? QVariant(*changes.language) : QVariant(),
              changes.notes ? QVariant(*changes.notes) : QVariant(),
              changes.expectedResponseHours ? QVariant(*changes.expectedResponseHours) : QVariant(), at, rowId },
            "update customer"));
        if (changes.emails || changes.phones) {
            SPOCS_TRY(reindex(rowId));
        }
        SPOCS_TRY_LET(customer, customerJson(customerId));
        out = QJsonObject { { QStringLiteral("customer"), customer.value() },
                            { QStringLiteral("version"), customer->value(QStringLiteral("version")) } };
        return out;
    });
}

} // namespace spocs
