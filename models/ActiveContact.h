#pragma once

#include "core/Protocol.h"
#include "models/RowModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace spocs {

// Translated texts for the wire names of contacts (channels, task kinds, states, outcomes).
QString channelText(const QString &wireName);
QString taskKindText(const QString &wireName);
QString contactStateText(const QString &wireName);
QString outcomeText(const QString &wireName);

// One task of the contact in hand.
struct ContactTaskRow
{
    qint64 id = 0;
    QString kind;
    bool resolved = false;
};

// The tasks of one contact: a checkbox each (resolved or not). Checking an open task asks
// for contact.task.resolve (resolveRequested); the row turns resolved when the contact
// update confirms it, so the list never shows what the server did not record.
class ContactTaskModel : public RowListModel<ContactTaskRow>
{
    Q_OBJECT

public:
    enum Role { TaskIdRole = Qt::UserRole + 1, KindRole, ResolvedRole };
    Q_ENUM(Role)

    explicit ContactTaskModel(QObject *parent = nullptr);

    void setTasks(const QJsonArray &tasks, bool editable);
    int openCount() const;

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void resolveRequested(qint64 taskId);

private:
    QVariant rowData(const ContactTaskRow &t, const QModelIndex &index, int role) const override;
    using Task = ContactTaskRow;
    bool m_editable = false;
};

// The contact this desktop works on (the one shown in the contact panel): its JSON as the
// coordinator last sent it, kept current from contact.updated on `contact:<id>`.
class ActiveContact : public QObject
{
    Q_OBJECT

public:
    explicit ActiveContact(QObject *parent = nullptr);

    void setSelf(qint64 userId) { m_self = userId; }
    // Replaces the contact (another id switches contacts). An older version is ignored.
    void setContact(const QJsonObject &contact);
    void clear();
    // contact.updated for this contact: takes the new JSON. Returns true when it applied.
    bool handleEvent(const protocol::Event &event);

    bool isEmpty() const { return m_contact.isEmpty(); }
    const QJsonObject &json() const { return m_contact; }
    qint64 id() const;
    qint64 version() const;
    QString state() const;
    QString channel() const;
    QString customerId() const;
    QString customerName() const;
    qint64 ownerId() const;
    QString notes() const;
    QStringList reasons() const;
    QString outcome() const;
    QJsonArray participants() const;
    QJsonObject followUp() const;
    bool isClosed() const { return state() == u"closed"; }
    // Tasks can be added and resolved, and the contact closed, only while it is active.
    bool isActive() const { return state() == u"active"; }
    // This user owns it (or no user is known: tests).
    bool isMine() const { return m_self == 0 || ownerId() == m_self; }
    // When it was answered (answeredAt, else the last transition to active).
    QDateTime activeSince() const;
    QDateTime closedAt() const;
    // The clock the contact's times are compared with (the coordinator's); this computer's until set.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    // Whole seconds on the contact: from activeSince() to its close, or to now while it is open.
    qint64 handledSeconds() const;

    // The notes as the user is typing them (the panel's text), kept for the close to store what was
    // not saved; another contact becoming current drops it.
    void setNotesDraft(const QString &text) { m_notesDraft = text; }
    // The typed notes when they differ from the stored ones, else nothing.
    std::optional<QString> unsavedNotes() const;

    ContactTaskModel *tasks() const { return m_tasks; }

Q_SIGNALS:
    void contactChanged();
    // A different contact (or none) is now current.
    void currentChanged(qint64 id);

private:
    QJsonObject m_contact;
    ContactTaskModel *m_tasks = nullptr;
    qint64 m_self = 0;
    std::function<QDateTime()> m_clock;
    std::optional<QString> m_notesDraft;
};

} // namespace spocs
