#pragma once

#include "models/SharedLookup.h"

namespace spocs {

// The contact-reason tree (reason.list) that the close dialog, the offer cards, the consult
// panel's forward list and the admin's reason editor all show. One per connection; follows
// the "reasons" topic and applies each reasons.changed at once. Also saves a reason
// (reason.save, admins).
class ReasonCatalogue : public SharedLookup
{
    Q_OBJECT

public:
    explicit ReasonCatalogue(Connection *connection);
    static ReasonCatalogue *of(Connection *connection);

    QJsonObject reason(const QString &code) const;
    // reason.save: the reason as the form holds it (with "id" to change one); done gets it as stored.
    void save(const QJsonObject &reason, QObject *context, WriteDone done);

Q_SIGNALS:
    // One reason added or changed in place (by this user or an admin elsewhere); changed() is
    // only for a whole new list, so a tree keeps what the user ticked.
    void reasonChanged(const QJsonObject &reason);

protected:
    void onEvent(const protocol::Event &event) override;

private:
    void upsert(const QJsonObject &reason);
};

} // namespace spocs
