#include "models/NewCustomerSession.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ModelsLog.h"
#include "models/WireText.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace spocs {

CustomerCandidatesModel::CustomerCandidatesModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

void CustomerCandidatesModel::setCandidates(const QList<domain::CustomerSearchHit> &candidates)
{
    resetRows(candidates);
}

QString CustomerCandidatesModel::customerIdAt(int row) const
{
    return rowAt(row).id;
}

QVariant CustomerCandidatesModel::rowData(const domain::CustomerSearchHit &c, const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2)").arg(c.name, c.id);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case CompanyColumn:
        return c.company;
    case MatchColumn:
        return c.match == u"email" ? tr("Same e-mail: %1").arg(c.email)
            : c.match == u"phone"  ? tr("Same phone: %1").arg(c.phone)
                                   : c.match;
    case AccountColumn:
        return c.account;
    case OwnerColumn:
        return c.owner ? c.owner->name : QString();
    default:
        return {};
    }
}

QStringList CustomerCandidatesModel::columnTitles() const
{
    return { tr("Name"), tr("Company"), tr("Matches on"), tr("Account"), tr("Owner") };
}

NewCustomerSession::NewCustomerSession(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_candidates(new CustomerCandidatesModel(this))
{ }

QString NewCustomerSession::problemText(const QString &field)
{
    static constexpr WireText texts[] = {
        { "name", QT_TRANSLATE_NOOP("spocs::NewCustomerSession", "Enter the customer's name.") },
        { "company", QT_TRANSLATE_NOOP("spocs::NewCustomerSession", "The company name is too long.") },
        { "emails",
          QT_TRANSLATE_NOOP("spocs::NewCustomerSession", "Not an e-mail address; it looks like name@example.com.") },
        { "phones",
          QT_TRANSLATE_NOOP("spocs::NewCustomerSession",
                            "Not a phone number: 4 to 15 digits, with + ( ) . - / and spaces.") },
        { "address",
          QT_TRANSLATE_NOOP("spocs::NewCustomerSession",
                            "An address needs street, postcode, city and a two-letter country code (DE).") },
        { "language",
          QT_TRANSLATE_NOOP("spocs::NewCustomerSession", "Enter a two-letter language code such as de or en.") },
    };
    if (const char *text = tableText(field, texts))
        return QCoreApplication::translate("spocs::NewCustomerSession", text);
    return tr("The server did not accept this.");
}

domain::CustomerDraft NewCustomerSession::draftFromSearch(const QString &typed)
{
    domain::CustomerDraft draft;
    const QString text = typed.simplified();
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9()./\\s-]+$"));
    const auto digits = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (text.contains(u'@') && !text.contains(u' '))
        draft.emails = { text };
    else if (phoneRe.match(text).hasMatch() && digits >= 4)
        draft.phones = { text };
    else
        draft.name = text;
    return draft;
}

void NewCustomerSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void NewCustomerSession::create(const domain::CustomerDraft &draft, bool force)
{
    if (!m_connection) {
        Q_EMIT failed(makeError(ErrorCode::Unavailable, QStringLiteral("no connection")));
        return;
    }
    if (m_busy)
        return;
    QJsonObject args = draft.toJson();
    if (force)
        args.insert(QStringLiteral("force"), true);
    setBusy(true);
    m_connection->write(QString::fromUtf16(op::CustomerCreate), args, this, [this](const Reply &reply) {
        setBusy(false);
        if (reply.ok) {
            m_candidates->setCandidates({});
            Q_EMIT created(
                reply.data.value(QStringLiteral("customer")).toObject().value(QStringLiteral("id")).toString());
            return;
        }
        const QJsonArray found = reply.error.details.value(QStringLiteral("candidates")).toArray();
        if (reply.error.code == ErrorCode::Conflict && !found.isEmpty()) {
            QList<domain::CustomerSearchHit> candidates;
            for (const QJsonValue &c : found)
                candidates.append(domain::CustomerSearchHit::fromJson(c.toObject()));
            m_candidates->setCandidates(candidates);
            Q_EMIT duplicatesFound(int(candidates.size()));
            return;
        }
        qCInfo(lcModels) << "customer.create failed:" << errorCodeName(reply.error.code);
        Q_EMIT failed(reply.error);
    });
}

} // namespace spocs
