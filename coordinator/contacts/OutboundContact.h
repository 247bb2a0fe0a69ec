#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace spocs {

class ClientSession;
class ContactRouter;
class RequestHandlers;

// Starts an outbound contact: an agent calls or writes to a customer (a call back, a proactive
// status update). It is in hand at once, owned by the caller and never routed, and closes like
// any other contact. contact.outbound uses it, and followup.update when the update is given on
// a call or e-mail the agent makes.
class OutboundContact
{
public:
    OutboundContact(RequestHandlers &handlers, ContactRouter &router);

    struct Request
    {
        QString channel; // phone|email
        QString customer; // public id
        QString reason; // a code, may be empty
        QString note;
        std::optional<qint64> followUpOf; // the contact whose follow-up it serves
    };

    // What can be checked before the write: the caller's role (agents and leads talk to
    // customers: forbidden otherwise) and the channel (bad_request).
    static Result<void> check(ClientSession *session, const Request &request);
    // Inside the caller's transaction: the reason and the follow-up are checked, the contact is
    // created, audited under `op` and published on its own, its customer's, the queue's and the
    // owner's user:<id> topics. Returns {"contact", "seq"}.
    Result<QJsonObject> start(ClientSession *session, const QString &op, const Request &request);
    // After the transaction: the owner is on a contact now.
    void started(ClientSession *session);

private:
    // The follow-up exists, is open, is the caller's (or the caller leads) and is the customer's.
    Result<void> checkFollowUp(ClientSession *session, qint64 followUpOf, const QString &customer);

    RequestHandlers &m_handlers;
    ContactRouter &m_router;
};

} // namespace spocs
