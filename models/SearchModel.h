#pragma once

#include "core/Result.h"
#include "models/RowModel.h"
#include "models/TypeAhead.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace spocs {

class Connection;

// What the type-ahead search models (customers, knowledge, products) share: the typed query, the
// debounce, one request at a time whose answer is applied only while it is the latest (older ones
// are stale and dropped), the busy and error state, and the answer's total. A concrete model says
// what it asks (sendSearch) and, through SearchRowModel, what its rows are. Tests can feed rows
// with setResults() or drive the generations with applyAnswer()/applyError().
class SearchModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query NOTIFY queryChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    static constexpr int DefaultLimit = 20;
    static constexpr int DefaultDebounceMs = 150;

    ~SearchModel() override;

    void setConnection(Connection *connection);
    void setDebounceInterval(int ms);
    int debounceInterval() const;
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }

    // Type-ahead entry point: remembers the text and (re)starts the debounce. Blank text shows
    // what the model shows without a query at once (nothing, unless it overrides
    // showBlankQuery()) and drops any answer still in flight.
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    // Sends the current query now, skipping the rest of the debounce.
    void searchNow();
    bool hasPendingQuery() const;

    quint64 currentGeneration() const { return m_typeAhead->generation(); }
    // Applies an answer ({"items": [...], "total": n}) if it belongs to the latest generation.
    // Returns false (and changes nothing) for a stale answer.
    bool applyAnswer(quint64 generation, const QJsonObject &data);
    bool applyError(quint64 generation, const Error &error);

    // Replaces the rows directly.
    void setResults(const QJsonArray &items, int total = -1);
    virtual void clear();

    int total() const { return m_total; }
    bool isBusy() const { return m_typeAhead->isBusy(); }
    // True once an answer (or setResults) arrived for the current query.
    bool hasAnswer() const { return m_hasAnswer; }

Q_SIGNALS:
    void queryChanged(const QString &query);
    void busyChanged(bool busy);
    // The rows were replaced by a new answer (possibly with zero rows).
    void resultsReplaced();
    void searchFailed(const spocs::Error &error);

protected:
    explicit SearchModel(QObject *parent = nullptr);

    // Starts a new generation (answers to older ones are stale from now on) for `text`; `busy`
    // says a request follows.
    quint64 beginGeneration(const QString &text, bool busy);
    // Sends op with args and the limit; the answer goes to applyAnswer() or applyError().
    void request(quint64 generation, const char16_t *op, QJsonObject args);
    // Replaces the rows and the total, and says so.
    void replaceResults(const QJsonArray &items, int total);

    // Asks for the current, non-blank query.
    virtual void sendSearch() = 0;
    virtual void showBlankQuery();
    // An answer or an error for the latest generation is about to replace the rows.
    virtual void answered() { }
    // Replaces the rows with those of items (none: an empty array).
    virtual void takeRows(const QJsonArray &items) = 0;

    void setTotal(int total) { m_total = total; }

private:
    QPointer<Connection> m_connection;
    TypeAhead *m_typeAhead;
    QString m_query;
    int m_total = 0;
    int m_limit = DefaultLimit;
    bool m_hasAnswer = false;
};

// A SearchModel whose rows are Row values read from the answer's items with Row::fromJson.
template<typename Row> class SearchRowModel : public RowTableModel<Row, SearchModel>
{
public:
    using RowTableModel<Row, SearchModel>::RowTableModel;

protected:
    void takeRows(const QJsonArray &items) override { this->resetRows(rowsFromJson<Row>(items)); }
};

} // namespace spocs
