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
inline constexpr char16_t CustomerOrders[] = u"customer.orders";
inline constexpr char16_t CustomerHistory[] = u"customer.history";
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
inline constexpr char16_t KbSynonymsGet[] = u"kb.synonyms.get";
inline constexpr char16_t KbSynonymsSet[] = u"kb.synonyms.set";
// Contacts and routing.
inline constexpr char16_t ContactInbound[] = u"contact.inbound";
inline constexpr char16_t ContactGet[] = u"contact.get";
inline constexpr char16_t ContactAccept[] = u"contact.accept";
inline constexpr char16_t ContactDecline[] = u"contact.decline";
inline constexpr char16_t ContactTaskAdd[] = u"contact.task.add";
inline constexpr char16_t ContactTaskResolve[] = u"contact.task.resolve";
inline constexpr char16_t ContactClose[] = u"contact.close";
inline constexpr char16_t ReasonList[] = u"reason.list";
// The lead's view, reports, follow-ups, surveys, reason and skill admin.
inline constexpr char16_t ReasonSave[] = u"reason.save";
inline constexpr char16_t SkillList[] = u"skill.list";
inline constexpr char16_t SkillSet[] = u"skill.set";
inline constexpr char16_t FollowUpList[] = u"followup.list";
inline constexpr char16_t FollowUpUpdate[] = u"followup.update";
inline constexpr char16_t FollowUpDone[] = u"followup.done";
inline constexpr char16_t SurveyRecord[] = u"survey.record";
inline constexpr char16_t ContactAbandon[] = u"contact.abandon";
inline constexpr char16_t ContactAssign[] = u"contact.assign";
inline constexpr char16_t PresenceSetFor[] = u"presence.setFor";
inline constexpr char16_t LeadSnapshot[] = u"lead.snapshot";
inline constexpr char16_t ReportGet[] = u"report.get";
// Consult, conference, transfer.
inline constexpr char16_t ExpertFind[] = u"expert.find";
inline constexpr char16_t ContactNotesSet[] = u"contact.notes.set";
inline constexpr char16_t ConsultRequest[] = u"consult.request";
inline constexpr char16_t ConsultAccept[] = u"consult.accept";
inline constexpr char16_t ConsultDecline[] = u"consult.decline";
inline constexpr char16_t ConsultCancel[] = u"consult.cancel";
inline constexpr char16_t ConsultMessage[] = u"consult.message";
inline constexpr char16_t ConsultReceipt[] = u"consult.receipt";
inline constexpr char16_t ConsultEnd[] = u"consult.end";
inline constexpr char16_t ConsultGet[] = u"consult.get";
inline constexpr char16_t ConsultList[] = u"consult.list";
inline constexpr char16_t ConferenceAdd[] = u"conference.add";
inline constexpr char16_t ConferenceLeave[] = u"conference.leave";
inline constexpr char16_t TransferRequest[] = u"transfer.request";
inline constexpr char16_t TransferAccept[] = u"transfer.accept";
inline constexpr char16_t TransferDecline[] = u"transfer.decline";
inline constexpr char16_t ContactForward[] = u"contact.forward";
inline constexpr char16_t ContactMine[] = u"contact.mine";
inline constexpr char16_t QueueWaiting[] = u"queue.waiting";
// Admins read the audit log (who read or changed what, sign-ins, admin actions).
inline constexpr char16_t AuditQuery[] = u"audit.query";
// Channels: e-mail and web chat.
inline constexpr char16_t ContactMessages[] = u"contact.messages";
inline constexpr char16_t ContactReply[] = u"contact.reply";
inline constexpr char16_t ContactReplyRetry[] = u"contact.reply.retry";
// New customers (duplicate check) and moving customers to another owner.
inline constexpr char16_t CustomerCreate[] = u"customer.create";
inline constexpr char16_t CustomerReassign[] = u"customer.reassign";
inline constexpr char16_t CustomerOwned[] = u"customer.owned";
// Credit notes and refunds (four-eyes above the limit), disputes.
inline constexpr char16_t InvoiceCredit[] = u"invoice.credit";
inline constexpr char16_t CreditList[] = u"credit.list";
inline constexpr char16_t CreditDecide[] = u"credit.decide";
inline constexpr char16_t InvoiceDispute[] = u"invoice.dispute";
inline constexpr char16_t InvoiceUndispute[] = u"invoice.undispute";
// An agent calls or writes to a customer (call back, proactive status update).
inline constexpr char16_t ContactOutbound[] = u"contact.outbound";
// Web chat: the agent is typing, the agent has read the visitor's lines; canned answers.
inline constexpr char16_t ContactTyping[] = u"contact.typing";
inline constexpr char16_t ContactRead[] = u"contact.read";
inline constexpr char16_t CannedList[] = u"canned.list";
// What the knowledge search learned from agents' searches, for a lead to read and undo.
inline constexpr char16_t KbLearned[] = u"kb.learned";
inline constexpr char16_t KbLearnedForget[] = u"kb.learned.forget";
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
// Reason and skill admin, follow-ups, surveys, the lead's alerts.
inline constexpr char16_t ReasonsChanged[] = u"reasons.changed"; // topic "reasons"
inline constexpr char16_t SkillsChanged[] = u"skills.changed"; // topic "presence"
inline constexpr char16_t FollowUpDue[] = u"followup.due"; // topic "user:<owner>"
inline constexpr char16_t FollowUpUpdated[] = u"followup.updated"; // "user:<owner>", "contact:<id>"
inline constexpr char16_t SurveyRecorded[] = u"survey.recorded"; // "contact:<id>", "queue"
inline constexpr char16_t AlertRaised[] = u"alert.raised"; // topic "queue"
// Consult, conference, transfer.
inline constexpr char16_t ConsultOffered[] = u"consult.offered"; // "user:<expert>"
inline constexpr char16_t ConsultWithdrawn[] = u"consult.withdrawn"; // "user:<expert>"
inline constexpr char16_t ConsultUpdated[] = u"consult.updated"; // "contact:<id>", "user:<requester>", "user:<expert>"
inline constexpr char16_t ConsultMessageAdded[] = u"consult.message"; // "contact:<id>"
inline constexpr char16_t ConsultReceipt[] = u"consult.receipt"; // "contact:<id>"
inline constexpr char16_t TransferOffered[] = u"transfer.offered"; // "user:<target>"
inline constexpr char16_t TransferUpdated[] = u"transfer.updated"; // "contact:<id>", "user:<from>", "user:<to>"
// Channels: a message arrived or was sent (or failed) on an e-mail or chat contact.
inline constexpr char16_t ContactMessageAdded[] = u"contact.message"; // "contact:<id>"
// Web chat: the visitor is typing (seq 0) / has read the agent's lines up to an id.
inline constexpr char16_t ContactTyping[] = u"contact.typing"; // "contact:<id>"
inline constexpr char16_t ContactRead[] = u"contact.read"; // "contact:<id>"
// A customer's case owner: their customer is on the line with someone else.
inline constexpr char16_t ContactCaseElsewhere[] = u"contact.case_elsewhere"; // "user:<case owner>"
// Customers and follow-ups moved to a new owner.
inline constexpr char16_t CustomerReassigned[] = u"customer.reassigned"; // "user:<old owner>", "user:<new owner>"
// A credit request was made, approved or rejected.
inline constexpr char16_t CreditUpdated[] = u"credit.updated"; // "credits" (leads), "user:<requester>"
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

inline constexpr Roles kAllRoles = Roles(Role::Agent) | Role::Expert | Role::Lead | Role::Admin | Role::Integration;
// Ops that create or end contacts from outside (telephony, mail, chat, survey tools): never a plain agent.
inline constexpr Roles kIntegrationRoles = Roles(Role::Integration) | Role::Lead | Role::Admin;
inline constexpr Roles kCustomerRoles = Roles(Role::Agent) | Role::Expert | Role::Lead;

} // namespace spocs
