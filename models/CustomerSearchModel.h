#pragma once

#include "core/Result.h"
#include "models/RowModel.h"
#include "models/TypeAhead.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace spocs {

class Connection;

// One row of a customer.search answer.
struct CustomerSummary
{
    QString id;
    QString name;
    QString company;
    QString email;
    QString phone;
    QString account;
    QString ownerName;
    QString ownerLogin;
    QString match; // which field matched ("name", "email", ...)

    static CustomerSummary fromJson(const QJsonObject &obj);
};

// Type-ahead customer search. setQuery() debounces and sends customer.search
// through the Connection; only the answer to the latest query is applied, older
// ones are dropped. Tests (and other sources) can feed rows directly with
// setResults() or drive the generation logic with beginQuery()/applyAnswer().
class CustomerSearchModel : public RowTableModel<CustomerSummary>
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query NOTIFY queryChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    enum Column { NameColumn, CompanyColumn, AccountColumn, OwnerColumn, EmailColumn, PhoneColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        CompanyRole,
        EmailRole,
        PhoneRole,
        AccountRole,
        OwnerNameRole,
        MatchRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultLimit = 20;
    static constexpr int DefaultDebounceMs = 150;

    explicit CustomerSearchModel(QObject *parent = nullptr);
    ~CustomerSearchModel() override;

    void setConnection(Connection *connection);
    void setDebounceInterval(int ms);
    int debounceInterval() const;
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }

    // Type-ahead entry point: remembers the text and (re)starts the debounce
    // timer. Blank text clears the results at once and drops any answer still in
    // flight.
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    // Sends the current query now, skipping the rest of the debounce.
    void searchNow();
    bool hasPendingQuery() const;

    // Starts a new query generation; answers for older generations are stale.
    quint64 beginQuery(const QString &text);
    quint64 currentGeneration() const { return m_typeAhead->generation(); }
    // Applies an answer ({"items": [...], "total": n}) if it belongs to the
    // latest generation. Returns false (and changes nothing) for a stale answer.
    bool applyAnswer(quint64 generation, const QJsonObject &data);
    bool applyError(quint64 generation, const Error &error);

    // Replaces the rows directly.
    void setResults(const QJsonArray &items, int total = -1);
    void clear();

    CustomerSummary customerAt(int row) const { return rowAt(row); }
    QString customerIdAt(int row) const;
    int total() const { return m_total; }
    bool isBusy() const { return m_typeAhead->isBusy(); }
    // True once an answer (or setResults) arrived for the current query.
    bool hasAnswer() const { return m_hasAnswer; }

    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void queryChanged(const QString &query);
    void busyChanged(bool busy);
    // The rows were replaced by a new answer (possibly with zero rows).
    void resultsReplaced();
    void searchFailed(const spocs::Error &error);

private:
    QVariant rowData(const CustomerSummary &c, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
    void replaceRows(QList<CustomerSummary> rows, int total);

    QPointer<Connection> m_connection;
    TypeAhead *m_typeAhead;
    QString m_query;
    int m_total = 0;
    int m_limit = DefaultLimit;
    bool m_hasAnswer = false;
};

} // namespace spocs
