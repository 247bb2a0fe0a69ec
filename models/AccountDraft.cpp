#include "models/AccountDraft.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace spocs {
namespace {
QStringList splitList(const QString &s)
{
    static const QRegularExpression sep(QStringLiteral("[,;\\n]"));
    QStringList out;
    for (const QString &part : s.split(sep)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

// The fields for which holds(field) is true, in the order of allFields().
template<typename Predicate> QList<AccountDraft::Field> fieldsWhere(Predicate holds)
{
    QList<AccountDraft::Field> out;
    for (AccountDraft::Field f : AccountDraft::allFields()) {
        if (holds(f))
            out << f;
    }
    return out;
}
} // namespace

QList<AccountDraft::Field> AccountDraft::allFields()
{
    return { Emails, Phones, Street, City, Postcode, Country, PreferredChannel, Language, Plan, Flags, Notes };
}

QString AccountDraft::fieldLabel(Field field)
{
    switch (field) {
    case Emails:
        return tr("Email");
    case Phones:
        return tr("Phone");
    case Street:
        return tr("Street");
    case City:
        return tr("City");
    case Postcode:
        return tr("Postcode");
    case Country:
        return tr("Country");
    case PreferredChannel:
        return tr("Preferred channel");
    case Language:
        return tr("Language");
    case Plan:
        return tr("Plan");
    case Flags:
        return tr("Flags");
    case Notes:
        return tr("Notes");
    }
    return {};
}

AccountDraft::AccountDraft(QObject *parent)
    : QObject(parent)
{ }

QString AccountDraft::fieldFromCustomer(const domain::Customer &d, Field field)
{
    switch (field) {
    case Emails:
        return d.emails.join(QStringLiteral(", "));
    case Phones:
        return d.phones.join(QStringLiteral(", "));
    case Street:
        return d.address ? d.address->street : QString();
    case City:
        return d.address ? d.address->city : QString();
    case Postcode:
        return d.address ? d.address->postcode : QString();
    case Country:
        return d.address ? d.address->country : QString();
    case PreferredChannel:
        return d.preferredChannel;
    case Language:
        return d.language;
    case Plan:
        return d.account ? d.account->plan : QString();
    case Flags: {
        QStringList f = d.flags;
        f.sort();
        return f.join(QStringLiteral(", "));
    }
    case Notes:
        return d.notes;
    }
    return {};
}

void AccountDraft::setServer(const domain::Customer &d)
{
    const bool otherCustomer = d.id != m_customerId;
    if (otherCustomer) {
        m_customerId = d.id;
        m_base.clear();
        m_mine.clear();
    }
    QList<Field> followed;
    bool conflictsBefore = !conflicts().isEmpty();
    for (Field f : allFields()) {
        const QString v = fieldFromCustomer(d, f);
        m_server.insert(f, v);
        if (!isDirty(f)) {
            if (m_mine.value(f) != v || !m_mine.contains(f))
                followed << f;
            m_base.insert(f, v);
            m_mine.insert(f, v);
        }
    }
    m_serverVersion = d.version;
    // The edits stay based on the old version while any edited field changed on the server:
    // the save then meets version_conflict and the user decides. Otherwise the edits do not
    // clash with the server's change and can go on from the new version.
    if (conflicts().isEmpty() || otherCustomer)
        m_version = d.version;
    if (!followed.isEmpty())
        Q_EMIT serverValuesChanged(followed);
    if (!followed.isEmpty() || conflictsBefore || !conflicts().isEmpty())
        Q_EMIT stateChanged();
}

void AccountDraft::reset()
{
    QList<Field> fields;
    for (Field f : allFields()) {
        if (m_mine.value(f) != m_server.value(f))
            fields << f;
        m_base.insert(f, m_server.value(f));
        m_mine.insert(f, m_server.value(f));
    }
    m_version = m_serverVersion;
    if (!fields.isEmpty())
        Q_EMIT serverValuesChanged(fields);
    Q_EMIT stateChanged();
}

void AccountDraft::setValue(Field field, const QString &value)
{
    if (m_mine.value(field) == value)
        return;
    const bool wasDirty = isDirty(field);
    m_mine.insert(field, value);
    if (wasDirty != isDirty(field))
        Q_EMIT stateChanged();
}

void AccountDraft::revert(Field field)
{
    m_base.insert(field, m_server.value(field));
    m_mine.insert(field, m_server.value(field));
    if (conflicts().isEmpty())
        m_version = m_serverVersion;
    Q_EMIT serverValuesChanged({ field });
    Q_EMIT stateChanged();
}

bool AccountDraft::isDirty(Field field) const
{
    return m_mine.value(field) != m_base.value(field);
}

bool AccountDraft::isDirty() const
{
    return !dirtyFields().isEmpty();
}

QList<AccountDraft::Field> AccountDraft::dirtyFields() const
{
    return fieldsWhere([this](Field f) { return isDirty(f); });
}

bool AccountDraft::changedOnServer(Field field) const
{
    return isDirty(field) && m_server.value(field) != m_base.value(field);
}

QList<AccountDraft::Field> AccountDraft::conflicts() const
{
    return fieldsWhere([this](Field f) { return changedOnServer(f); });
}

void AccountDraft::rebase()
{
    for (Field f : allFields())
        m_base.insert(f, m_server.value(f));
    // Fields whose edit now equals the server are no longer edits; the rest stay mine.
    m_version = m_serverVersion;
    Q_EMIT stateChanged();
}

QJsonObject AccountDraft::changes() const
{
    QJsonObject out;
    if (isDirty(Emails))
        out.insert(QStringLiteral("emails"), toArray(splitList(value(Emails))));
    if (isDirty(Phones))
        out.insert(QStringLiteral("phones"), toArray(splitList(value(Phones))));
    if (isDirty(Street) || isDirty(City) || isDirty(Postcode) || isDirty(Country)) {
        out.insert(QStringLiteral("address"),
                   QJsonObject { { QStringLiteral("street"), value(Street).trimmed() },
                                 { QStringLiteral("city"), value(City).trimmed() },
                                 { QStringLiteral("postcode"), value(Postcode).trimmed() },
                                 { QStringLiteral("country"), value(Country).trimmed() } });
    }
    if (isDirty(PreferredChannel))
        out.insert(QStringLiteral("preferredChannel"), value(PreferredChannel));
    if (isDirty(Language))
        out.insert(QStringLiteral("language"), value(Language).trimmed());
    if (isDirty(Plan))
        out.insert(QStringLiteral("plan"), value(Plan).trimmed());
    if (isDirty(Flags))
        out.insert(QStringLiteral("flags"), toArray(splitList(value(Flags))));
    if (isDirty(Notes))
        out.insert(QStringLiteral("notes"), value(Notes));
    return out;
}

} // namespace spocs
