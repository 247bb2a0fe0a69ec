#pragma once

#include "core/Result.h"
#include "core/domain/Customer.h"
#include "core/domain/CustomerView.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace spocs {

class Database;

// Customer reads and the first customer writes. Results are the JSON shapes of the
// customer.* ops (docs/protocol.md); the server wraps them into responses.
class CustomerStore
{
public:
    explicit CustomerStore(Database &db);

    // Type-ahead: exact customer/account/order/invoice numbers, e-mail addresses and
    // phone-number suffixes (4+ digits) first, then full-text prefix matches by rank.
    // {"items":[{"id","name","company","email","phone","account","owner":{...},"match"}],"total":n}
    Result<QJsonObject> search(const QString &query, int limit);
    // customer.owned: the customers a user owns or backs up, by name; each item as in search,
    // with "match" = "owner" or "backup". {"items":[...],"total":n} (total counts all of them).
    Result<QJsonObject> ownedBy(qint64 userId, int limit);
    // The unified view (customer.get without "viewers" and presence): the last 20 orders, unpaid
    // invoices, masked cards, the last 50 history items, open contacts and the contacts closed in
    // the last 90 days. A handful of indexed queries.
    Result<domain::CustomerView> get(const QString &customerId);
    // customer.orders / customer.history: up to `limit` orders or history items older than the
    // named one, newest first, for what the view leaves out (bad_request on "before" when it is
    // not this customer's).
    Result<domain::OrderPage> olderOrders(const QString &customerId, const QString &beforeNumber, int limit);
    Result<domain::HistoryPage> olderHistory(const QString &customerId, qint64 beforeId, int limit);
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
    // The customer's row id; not_found (details {"id"}) for an unknown one.
    Result<qint64> rowId(const QString &customerId);
    static Error notFound(const QString &customerId);

    static const QStringList &knownFlags();
    static const QStringList &knownPlans();

    // Contact details and profile fields as account.update and customer.create check them:
    // bad_request naming the field, else the cleaned values (trimmed, duplicates dropped).
    struct Phone
    {
        QString raw;
        QString digits; // international digits, without a leading "00"
    };
    static Result<QStringList> validEmails(const QStringList &emails);
    static Result<QList<Phone>> validPhones(const QStringList &phones);
    static Result<void> checkAddress(const domain::Address &address);
    static Result<void> checkChannel(const QString &preferredChannel);
    static Result<void> checkLanguage(const QString &language);

    // customer.create: a customer with an account in status prospect, owned by `owner`, and a
    // history item by `author` (none: the system). Validates the draft like account.update;
    // no duplicate check (see duplicates()). Joins the caller's transaction.
    struct Created
    {
        QString id; // "C-1043"
        qint64 rowId = 0;
    };
    Result<Created> create(const domain::CustomerDraft &draft, std::optional<qint64> owner,
                           std::optional<qint64> author);
    // Customers who share an e-mail address (case-insensitive) or a phone number (same digits)
    // with these, at most `limit`; `match` says which.
    Result<QList<domain::CustomerSearchHit>> duplicates(const QStringList &emails, const QList<Phone> &phones,
                                                        int limit = kMaxDuplicates);
    // The public id of the customer with this phone number (its digits); empty when none.
    Result<QString> customerByPhone(const QString &phone);
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
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxDuplicates = 10;
    static constexpr int kClosedContactDays = 90;
    static constexpr int kMaxClosedContacts = 100;
    static constexpr int kMaxSearchLimit = 100;
    // "total" counts up to this many matches; above it "totalCapped" is true.
    static constexpr int kMaxCountedTotal = 1000;

private:
    qint64 rowIdOf(const QString &customerId);
    // The customer's orders or history items, `where` appended to the customer's condition.
    Result<QList<domain::OrderSummary>> ordersOf(qint64 rowId, const QString &where, const QVariantList &values);
    Result<QList<domain::HistoryItem>> historyOf(qint64 rowId, const QString &where, const QVariantList &values,
                                                 int limit);
    // Replace the customer's e-mail addresses, phone numbers, or first (billing) address.
    Result<void> writeEmails(qint64 rowId, const QStringList &emails);
    Result<void> writePhones(qint64 rowId, const QList<Phone> &phones);
    Result<void> writeAddress(qint64 rowId, const domain::Address &address);
    // The search rows of these customers, in this order.
    struct Hit
    {
        qint64 rowId;
        QString match;
        QString number; // the order or invoice that matched
    };
    Result<QList<domain::CustomerSearchHit>> hitsOf(const QList<Hit> &hits, int limit);
    // The same, as the items of a search answer.
    Result<QJsonArray> itemsOf(const QList<Hit> &hits, int limit);
    // Customers with a phone number ending in these digits (trunk and international zeros
    // dropped; at least 7 digits, else none).
    Result<QList<qint64>> customersWithPhone(const QString &digits, int limit);

    Database &m_db;
};

} // namespace spocs
