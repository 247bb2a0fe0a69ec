#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

class QTimer;

namespace spocs {

// The type-ahead machinery the search models share: a debounce timer that emits
// due() once the typing pauses, a generation counter so that only the answer to
// the latest request is applied (older ones are stale), and the busy flag while
// that request runs.
class TypeAhead : public QObject
{
    Q_OBJECT

public:
    TypeAhead(int debounceMs, QObject *parent);

    void setDebounceInterval(int ms);
    int debounceInterval() const;
    // (Re)starts the debounce; due() follows unless stop() comes first.
    void restart();
    void stop();
    bool isPending() const;

    // Starts a new generation: from now on the answers to older ones are stale.
    quint64 next() { return ++m_generation; }
    quint64 generation() const { return m_generation; }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

Q_SIGNALS:
    void due();
    void busyChanged(bool busy);

private:
    QTimer *m_debounce;
    quint64 m_generation = 0;
    bool m_busy = false;
};

// A search answer's "total", or `rows` when it has none.
int totalOfAnswer(const QJsonObject &data, int rows);

} // namespace spocs
