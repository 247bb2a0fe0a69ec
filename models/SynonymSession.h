#pragma once

#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace spocs {

class Connection;
struct Reply;

// The knowledge base's synonym list for the admin's editor: loads it (kb.synonyms.get) and
// replaces it (kb.synonyms.set). Groups of words that mean the same to a customer; as text,
// one group a line, its words separated by commas.
class SynonymSession : public QObject
{
    Q_OBJECT

public:
    explicit SynonymSession(QObject *parent = nullptr);

    void setConnection(Connection *connection);
    void load();
    void save(const QList<QStringList> &groups);
    void saveText(const QString &text) { save(groupsFromText(text)); }

    const QList<QStringList> &groups() const { return m_groups; }
    bool isBusy() const { return m_busy; }

    static QString textFromGroups(const QList<QStringList> &groups);
    static QList<QStringList> groupsFromText(const QString &text);

Q_SIGNALS:
    void loaded();
    void saved();
    void failed(const spocs::Error &error);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void take(const QJsonObject &data);
    // kb.synonyms.get and .set both answer with the whole list; done is emitted once it is taken.
    void answered(const Reply &reply, const char *op, void (SynonymSession::*done)());

    QPointer<Connection> m_connection;
    QList<QStringList> m_groups;
    bool m_busy = false;
};

} // namespace spocs
