#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace spocs {

class Connection;
class LearnedWordsModel;
struct Reply;

// What the knowledge search learned for one article from agents' searches, for the lead reading
// it: loads the words (kb.learned) and forgets one or all of them (kb.learned.forget). Both answer
// with the article's remaining words, which the model takes. An answer for an article no longer
// shown is dropped.
class LearnedWordsSession : public QObject
{
    Q_OBJECT

public:
    explicit LearnedWordsSession(QObject *parent = nullptr);

    void setConnection(Connection *connection);
    LearnedWordsModel *model() const { return m_model; }
    qint64 articleId() const { return m_articleId; }
    bool isBusy() const { return m_busy; }

    void load(qint64 articleId);
    // Forgets nothing while no article is loaded; an empty word is never sent (it is not "all").
    void forget(const QString &word);
    void forgetAll();
    // No article: the model empties, answers still on their way are dropped.
    void clear();

Q_SIGNALS:
    void loaded();
    // After kb.learned.forget: word empty for "all"; count is how many the coordinator removed.
    void forgotten(const QString &word, int count);
    void failed(const spocs::Error &error);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void forgetWords(const std::optional<QString> &word);
    // Takes an answer if it is still for the article shown; false when it was dropped or failed.
    bool take(quint64 generation, const Reply &reply, const char *op);

    QPointer<Connection> m_connection;
    LearnedWordsModel *m_model = nullptr;
    qint64 m_articleId = 0;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace spocs
