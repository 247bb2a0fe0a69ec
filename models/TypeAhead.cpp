#include "models/TypeAhead.h"

#include <QTimer>

namespace spocs {

TypeAhead::TypeAhead(int debounceMs, QObject *parent)
    : QObject(parent)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TypeAhead::due);
}

void TypeAhead::setDebounceInterval(int ms)
{
    m_debounce->setInterval(ms);
}

int TypeAhead::debounceInterval() const
{
    return m_debounce->interval();
}

void TypeAhead::restart()
{
    m_debounce->start();
}

void TypeAhead::stop()
{
    m_debounce->stop();
}

bool TypeAhead::isPending() const
{
    return m_debounce->isActive();
}

void TypeAhead::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

int totalOfAnswer(const QJsonObject &data, int rows)
{
    return data.contains(QStringLiteral("total")) ? data.value(QStringLiteral("total")).toInt() : rows;
}

} // namespace spocs
