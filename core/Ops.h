#pragma once

#include "core/Types.h"

#include <QString>

#include <span>

namespace spocs {

// Op and event names, declared in one list: append, never reorder or rename
// (other clients depend on them; docs/protocol.md documents each).
namespace op {
inline constexpr char16_t AuthLogin[] = u"auth.login";
inline constexpr char16_t AuthLogout[] = u"auth.logout";
inline constexpr char16_t SessionMe[] = u"session.me";
inline constexpr char16_t EventsSubscribe[] = u"events.subscribe";
inline constexpr char16_t EventsUnsubscribe[] = u"events.unsubscribe";
inline constexpr char16_t CustomerSearch[] = u"customer.search";
inline constexpr char16_t CustomerGet[] = u"customer.get";
inline constexpr char16_t CustomerNoteAdd[] = u"customer.note.add";
inline constexpr char16_t PresenceSet[] = u"presence.set";
inline constexpr char16_t PresenceList[] = u"presence.list";
inline constexpr char16_t ProductSearch[] = u"product.search";
inline constexpr char16_t ProductGet[] = u"product.get";
inline constexpr char16_t OrderGet[] = u"order.get";
inline constexpr char16_t OrderPlace[] = u"order.place";
inline constexpr char16_t OrderChange[] = u"order.change";
inline constexpr char16_t OrderCancel[] = u"order.cancel";
inline constexpr char16_t AccountUpdate[] = u"account.update";
inline constexpr char16_t InvoiceExplain[] = u"invoice.explain";
inline constexpr char16_t PaymentRecord[] = u"payment.record";
inline constexpr char16_t KbSearch[] = u"kb.search";
inline constexpr char16_t KbSuggest[] = u"kb.suggest";
inline constexpr char16_t KbGet[] = u"kb.get";
inline constexpr char16_t KbPropose[] = u"kb.propose";
inline constexpr char16_t KbDraftFromText[] = u"kb.draftFromText";
inline constexpr char16_t KbReview[] = u"kb.review";
inline constexpr char16_t KbVersions[] = u"kb.versions";
inline constexpr char16_t KbDiff[] = u"kb.diff";
inline constexpr char16_t KbRollback[] = u"kb.rollback";
inline constexpr char16_t KbFeedback[] = u"kb.feedback";
inline constexpr char16_t KbSend[] = u"kb.send";
inline constexpr char16_t KbReviewQueue[] = u"kb.reviewQueue";
// Issue 7: contacts and routing.
inline constexpr char16_t ContactInbound[] = u"contact.inbound";
inline constexpr char16_t ContactGet[] = u"contact.get";
inline constexpr char16_t ContactAccept[] = u"contact.accept";
inline constexpr char16_t ContactDecline[] = u"contact.decline";
inline constexpr char16_t ContactTaskAdd[] = u"contact.task.add";
inline constexpr char16_t ContactTaskResolve[] = u"contact.task.resolve";
inline constexpr char16_t ContactClose[] = u"contact.close";
inline constexpr char16_t ReasonList[] = u"reason.list";
} // namespace op

namespace event {
inline constexpr char16_t PresenceChanged[] = u"presence.changed";
inline constexpr char16_t CustomerNoteAdded[] = u"customer.note.added";
inline constexpr char16_t CustomerUpdated[] = u"customer.updated";
inline constexpr char16_t OrderUpdated[] = u"order.updated";
inline constexpr char16_t InvoiceUpdated[] = u"invoice.updated";
inline constexpr char16_t CustomerViewers[] = u"customer.viewers";
inline constexpr char16_t ProductUpdated[] = u"product.updated";
inline constexpr char16_t KbPublished[] = u"kb.published";
inline constexpr char16_t KbArchived[] = u"kb.archived";
inline constexpr char16_t KbProposed[] = u"kb.proposed";
inline constexpr char16_t CustomerHistoryAdded[] = u"customer.history.added";
inline constexpr char16_t ContactUpdated[] = u"contact.updated";
inline constexpr char16_t ContactOffered[] = u"contact.offered";
inline constexpr char16_t QueueChanged[] = u"queue.changed";
} // namespace event

// What the dispatcher needs to know about an op before running it.
struct OpInfo
{
    const char16_t *name;
    bool needsSession; // false only for ops allowed before hello (auth.login)
    Roles roles; // who may call it
    bool isWrite; // writes take a cid and are applied once
};

std::span<const OpInfo> allOps();
const OpInfo *findOp(QStringView name);

inline constexpr Roles kAllRoles = Roles(Role::Agent) | Role::Expert | Role::Lead | Role::Admin;
inline constexpr Roles kCustomerRoles = Roles(Role::Agent) | Role::Expert | Role::Lead;

} // namespace spocs
