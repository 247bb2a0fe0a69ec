#pragma once

#include "core/Protocol.h"
#include "models/RowModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>
#include <QSet>

#include <functional>

namespace spocs {

// One follow-up as the model keeps it.
struct FollowUpRow
{
    qint64 contactId = 0;
    QString channel;
    QString customerId;
    QString customerName;
    QStringList reasons;
    QDateTime due;
    bool dueIsDate = false; // the due value had no time of day
    QDateTime doneAt;
    bool serverDueSoon = false;
    bool serverOverdue = false;
    QJsonArray updates;
    QJsonObject json;
};

// This user's follow-ups (followup.list), soonest due first, with their warnings: due soon
// (the server's followup.due warning, or within warningMinutes of now) and overdue. Kept
// current from followup.updated / followup.due on `user:<me>`; done ones leave the list
// unless showDone is set.
class FollowUpModel : public RowTableModel<FollowUpRow>
{
    Q_OBJECT

public:
    enum Column { DueColumn, CustomerColumn, ReasonColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)
    enum class Status { Open, DueSoon, Overdue, Done };
    Q_ENUM(Status)
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        DueRole,
        StatusRole, // Status
        UpdatesRole, // QJsonArray of status updates given to the customer
        CustomerIdRole,
        PayloadRole,
    };
    Q_ENUM(Role)

    using Item = FollowUpRow;

    explicit FollowUpModel(QObject *parent = nullptr);

    void setShowDone(bool show) { m_showDone = show; }
    // Local fallback for "due soon" between server warnings (0: only the server decides).
    void setWarningMinutes(int minutes) { m_warningMinutes = minutes; }
    // The clock used for due soon/overdue (tests set a fixed one); invalid: now.
    void setNow(const QDateTime &now);
    // Where "now" comes from without a fixed one: the coordinator's clock (the due times are on it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // followUps: followup.list's array.
    void setFollowUps(const QJsonArray &followUps);
    // One follow-up from followup.update/done answers or events: inserted, replaced or removed (done).
    void upsert(const QJsonObject &followUp);
    // followup.updated / followup.due. Returns true when the list changed.
    bool handleEvent(const protocol::Event &event);
    bool handleEvent(const QString &kind, const QJsonObject &data);
    // Re-evaluates due soon/overdue against the clock (call every few seconds).
    void tick();
    void clear();

    Item itemAt(int row) const { return rowAt(row); }
    int rowForContact(qint64 contactId) const;
    Status statusAt(int row) const;
    int countWithStatus(Status status) const;
    // Text for the reason codes (the dialog's reason tree knows the labels); default: codes.
    void setReasonLabeler(std::function<QString(const QString &)> labeler);

Q_SIGNALS:
    // A follow-up turned due soon or overdue (from the server's warning or the clock), once each.
    // A server's followup.due is always news, even when the list already showed it due soon.
    void warning(qint64 contactId, bool overdue, const QString &customerName);

private:
    QVariant rowData(const FollowUpRow &item, const QModelIndex &index, int role) const override;
    QStringList columnTitles() const override;
    static Item fromJson(const QJsonObject &o);
    QDateTime now() const;
    Status statusOf(const Item &item) const;
    void sort();
    // Emits warning() for a due-soon or overdue follow-up unless that one was announced already.
    void announce(qint64 contactId, Status status, const QString &customerName);

    QHash<qint64, Status> m_lastStatus;
    QSet<QPair<qint64, bool>> m_announced; // (contact, overdue) warnings emitted
    std::function<QString(const QString &)> m_labeler;
    QDateTime m_now;
    std::function<QDateTime()> m_clock;
    int m_warningMinutes = 0;
    bool m_showDone = false;
};

} // namespace spocs
