#include "models/AccountEditor.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/AccountDraft.h"
#include "models/CustomerLoader.h"
#include "models/VersionedWrite.h"

namespace spocs {

AccountEditor::AccountEditor(Connection *connection, CustomerLoader *loader, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_loader(loader)
    , m_draft(new AccountDraft(this))
{
    connect(m_loader, &CustomerLoader::detailsChanged, this, &AccountEditor::onDetailsChanged);
    onDetailsChanged(); // a customer may be loaded already
}

bool AccountEditor::canSave() const
{
    return !m_busy && m_draft->isDirty() && !m_loader->details().isEmpty();
}

void AccountEditor::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void AccountEditor::onDetailsChanged()
{
    const CustomerView &d = m_loader->details();
    if (d.isEmpty()) {
        m_draft->setServer(domain::Customer {});
        m_draft->reset();
        Q_EMIT customerSwitched();
        return;
    }
    if (d.customer.id != m_draft->customerId())
        Q_EMIT customerSwitched();
    m_draft->setServer(d.customer);
    if (m_awaitingConflictData && d.customer.version != m_failedVersion) {
        m_awaitingConflictData = false;
        if (m_draft->conflicts().isEmpty()) {
            // Someone changed other fields only: nothing of yours clashes, so save again.
            m_draft->rebase();
            save();
        } else {
            Q_EMIT conflictNeedsChoice();
        }
    }
}

void AccountEditor::discard()
{
    m_draft->reset();
}

void AccountEditor::reapply()
{
    m_draft->rebase();
    save();
}

void AccountEditor::keepTheirs()
{
    for (AccountDraft::Field f : m_draft->conflicts())
        m_draft->revert(f);
}

void AccountEditor::save()
{
    if (!m_connection || !canSave())
        return;
    setBusy(true);
    const QString customerId = m_draft->customerId();
    const qint64 version = m_draft->version();
    VersionedWrite write { QString::fromUtf16(op::AccountUpdate),
                           QJsonObject { { QStringLiteral("customer"), customerId },
                                         { QStringLiteral("version"), version },
                                         { QStringLiteral("changes"), m_draft->changes() } },
                           QString::fromUtf16(op::CustomerGet), QJsonObject { { QStringLiteral("id"), customerId } },
                           QStringLiteral("customer") };
    write.send(m_connection, this, [this, version](const VersionedWrite::Outcome &outcome) {
        setBusy(false);
        if (outcome.saved()) {
            domain::Customer saved = m_loader->details().customer;
            if (!outcome.record.isEmpty())
                saved = domain::Customer::fromJson(outcome.record);
            m_draft->setServer(saved);
            m_draft->reset(); // what was saved is now the base
            Q_EMIT this->saved();
            m_loader->refresh();
            return;
        }
        if (outcome.conflict()) {
            // What the other agent saved decides: a silent retry, or the user's choice.
            Q_EMIT conflictDetected();
            m_awaitingConflictData = true;
            m_failedVersion = version;
            if (outcome.data.isEmpty()
                || outcome.record.value(QStringLiteral("id")).toString() != m_loader->customerId())
                m_loader->refresh();
            else
                m_loader->setDetails(outcome.data);
            return;
        }
        Q_EMIT saveFailed(outcome.error);
    });
}

} // namespace spocs
