#pragma once

#include "core/Result.h"
#include "core/domain/Customer.h"
#include "core/domain/CustomerView.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace spocs {

class Database;

// Customer reads and the first customer writes. Results are the JSON shapes of the
// customer.* ops (docs/protocol.md); the server wraps them into responses.
class CustomerStore
{
public:
    explicit CustomerStore(Database &db);

    // For tests: the clock used for timestamps of new records (default: current UTC).
    void setClock(std::function<QDateTime()> now);

    // Type-ahead: exact customer/account/order/invoice numbers, e-mail addresses and
    // phone-number suffixes (4+ digits) first, then full-text prefix matches by rank.
    // {"items":[{"id","name","company","email","phone","account","owner":{...},"match"}],"total":n}
    Result<QJsonObject> search(const QString &query, int limit);
    // The unified view (customer.get without "viewers" and presence): the last 20 orders, unpaid
    // invoices, masked cards, the last 50 history items, open contacts and the contacts closed in
    // the last 90 days. A handful of indexed queries.
    Result<domain::CustomerView> get(const QString &customerId);
    // Just the "customer" object of the view (profile, owner, backup, account); rowId out.
    Result<domain::Customer> customer(const QString &customerId, qint64 *rowId = nullptr);
    Result<QJsonObject> customerJson(const QString &customerId, qint64 *rowId = nullptr);
    // account.update: only the fields present change. Each is validated (bad_request
    // naming the field); the customer's version must match and is bumped.
    struct AccountChanges
    {
        std::optional<QStringList> emails;
        std::optional<QStringList> phones;
        std::optional<domain::Address> address;
        std::optional<QString> preferredChannel;
        std::optional<QString> language;
        std::optional<QString> plan;
        std::optional<QString> notes;
        std::optional<QStringList> flags;
        std::optional<int> expectedResponseHours;
        bool isEmpty() const
        {
            return !emails && !phones && !address && !preferredChannel && !language && !plan && !notes && !flags
                && !expectedResponseHours;
        }
        QStringList fieldNames() const;
    };
    // Joins the caller's transaction. {"customer": {...}, "version": n}
    Result<QJsonObject> update(const QString &customerId, qint64 expectedVersion, const AccountChanges &changes);
    static const QStringList &knownFlags();
    static const QStringList &knownPlans();
    // Adds a note to the history and bumps the customer's version; joins the caller's
    // Database::write() transaction. {"customer","note":{...},"version"}
    Result<QJsonObject> addNote(const QString &customerId, qint64 authorUserId, const QString &text);
    bool exists(const QString &customerId);

    // Rewrites the customer's search row from the stored data; call after changing the
    // name, company, e-mails, phones or accounts (inside the same transaction).
    Result<void> reindex(qint64 customerRowId);

    // --- helpers shared with DemoSeeder and tests ---
    // Lower case, diacritics removed, ł/ø/ß/æ/... transliterated: the text the search
    // index holds, and what a query is reduced to before matching.
    static QString fold(const QString &text);
    static QString digitsOf(const QString &phone);
    // The key of the phone-suffix index: the digits reversed, so a suffix is a prefix.
    static QString phoneKey(const QString &digits);
    static QString formatCents(qint64 cents);
    // The search index's numbers column: the digits of the account numbers and of the
    // customer id ("A-101042", "C-1042" -> "101042 1042"); letters would match everyone.
    static QString numbersText(const QStringList &accountNumbers, const QString &customerId);

    static constexpr int kMaxNoteLength = 4000;
    static constexpr int kClosedContactDays = 90;
    static constexpr int kMaxClosedContacts = 100;
    static constexpr int kMaxSearchLimit = 100;
    // "total" counts up to this many matches; above it "totalCapped" is true.
    static constexpr int kMaxCountedTotal = 1000;

private:
    QString nowStamp() const;
    qint64 rowIdOf(const QString &customerId);

    Database &m_db;
    std::function<QDateTime()> m_now;
};

} // namespace spocs
