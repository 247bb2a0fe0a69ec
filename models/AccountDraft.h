#pragma once

#include "models/CommerceData.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace spocs {

// The Account tab's edit state, kept apart from the widgets so it can be tested: for each
// field the value the edit started from (base), the user's value (mine) and the latest
// server value. A server update never overwrites a field the user is editing; it is
// reported as changed on the server instead, and a save sends only the edited fields.
class AccountDraft : public QObject
{
    Q_OBJECT

public:
    enum Field { Emails, Phones, Street, City, Postcode, Country, PreferredChannel, Language, Plan, Flags, Notes };
    Q_ENUM(Field)
    static QList<Field> allFields();
    static QString fieldLabel(Field field);

    explicit AccountDraft(QObject *parent = nullptr);

    // A new server state (load, refetch, event). Fields the user has not edited follow it.
    void setServer(const domain::Customer &customer);
    // Forgets all edits and follows the server again.
    void reset();

    QString value(Field field) const { return m_mine.value(field); }
    QString serverValue(Field field) const { return m_server.value(field); }
    QString baseValue(Field field) const { return m_base.value(field); }
    void setValue(Field field, const QString &value);
    void revert(Field field);

    bool isDirty(Field field) const;
    bool isDirty() const;
    QList<Field> dirtyFields() const;
    // Fields the user edited that someone else changed on the server meanwhile.
    bool changedOnServer(Field field) const;
    QList<Field> conflicts() const;
    // After a version_conflict the user chose to keep their values: the server state becomes
    // the base, so the next save carries the new version.
    void rebase();

    QString customerId() const { return m_customerId; }
    // The version the edits are based on (what the save sends as "version").
    qint64 version() const { return m_version; }
    qint64 serverVersion() const { return m_serverVersion; }
    // account.update "changes": only the edited fields, in wire shape.
    QJsonObject changes() const;

    // How a value is held: lists joined with ", ".
    static QString fieldFromCustomer(const domain::Customer &c, Field field);

Q_SIGNALS:
    // A field's server value or dirty state changed (the widget refreshes its hints).
    void stateChanged();
    // The server changed fields that were not being edited: the widget shows the new values.
    void serverValuesChanged(const QList<spocs::AccountDraft::Field> &fields);

private:
    QString m_customerId;
    QHash<Field, QString> m_base;
    QHash<Field, QString> m_mine;
    QHash<Field, QString> m_server;
    qint64 m_version = 0;
    qint64 m_serverVersion = 0;
};

} // namespace spocs
