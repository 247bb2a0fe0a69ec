#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

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
    // The unified view: {"customer":{...},"openOrders":[...],"recentHistory":[...]}.
    Result<QJsonObject> get(const QString &customerId);
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
    static QString formatCents(qint64 cents);
    // The search index's numbers column: the digits of the account numbers and of the
    // customer id ("A-101042", "C-1042" -> "101042 1042"); letters would match everyone.
    static QString numbersText(const QStringList &accountNumbers, const QString &customerId);

    static constexpr int kMaxNoteLength = 4000;
    static constexpr int kMaxSearchLimit = 100;

private:
    QString nowStamp() const;
    qint64 rowIdOf(const QString &customerId);

    Database &m_db;
    std::function<QDateTime()> m_now;
};

} // namespace spocs
