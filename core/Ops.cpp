#include "core/Ops.h"

namespace spocs {
namespace {
// Customer data is for the people who serve customers; admins manage users, not records.
const OpInfo kOps[] = {
    { op::AuthLogin, false, kAllRoles, false },
    { op::AuthLogout, true, kAllRoles, false },
    { op::SessionMe, true, kAllRoles, false },
    { op::EventsSubscribe, true, kAllRoles, false },
    { op::EventsUnsubscribe, true, kAllRoles, false },
    { op::CustomerSearch, true, kCustomerRoles | Role::Integration, false }, // a bridge finds the caller
    { op::CustomerGet, true, kCustomerRoles, false },
    { op::CustomerOrders, true, kCustomerRoles, false },
    { op::CustomerHistory, true, kCustomerRoles, false },
    { op::CustomerNoteAdd, true, kCustomerRoles, true },
    { op::PresenceSet, true, kCustomerRoles, false },
    { op::PresenceList, true, kAllRoles, false },
    // Products, orders, accounts, billing.
    { op::ProductSearch, true, kCustomerRoles, false },
    { op::ProductGet, true, kCustomerRoles, false },
    { op::OrderGet, true, kCustomerRoles, false },
    { op::OrderPlace, true, kCustomerRoles, true },
    { op::OrderChange, true, kCustomerRoles, true },
    { op::OrderCancel, true, kCustomerRoles, true },
    { op::AccountUpdate, true, kCustomerRoles, true },
    { op::InvoiceExplain, true, kCustomerRoles, false },
    { op::PaymentRecord, true, kCustomerRoles, true },
    // Knowledge base.
    { op::KbSearch, true, kCustomerRoles, false },
    { op::KbSuggest, true, kCustomerRoles, false },
    { op::KbGet, true, kCustomerRoles, false },
    { op::KbPropose, true, kCustomerRoles, true },
    { op::KbDraftFromText, true, kCustomerRoles, true },
    { op::KbReview, true, kCustomerRoles, true },
    { op::KbVersions, true, kCustomerRoles, false },
    { op::KbDiff, true, kCustomerRoles, false },
    { op::KbRollback, true, kCustomerRoles, true },
    { op::KbFeedback, true, kCustomerRoles, true },
    { op::KbSend, true, kCustomerRoles, true },
    { op::KbReviewQueue, true, Roles(Role::Lead), false },
    { op::KbSynonymsGet, true, Roles(Role::Lead) | Role::Admin, false },
    { op::KbSynonymsSet, true, Roles(Role::Admin), true },
    // Contacts and routing. Inbound comes from the integrations (telephony, mail, chat bridges).
    { op::ContactInbound, true, kIntegrationRoles, true },
    { op::ContactGet, true, kCustomerRoles, false },
    { op::ContactAccept, true, kCustomerRoles, true },
    { op::ContactDecline, true, kCustomerRoles, true },
    { op::ContactTaskAdd, true, kCustomerRoles, true },
    { op::ContactTaskResolve, true, kCustomerRoles, true },
    { op::ContactClose, true, kCustomerRoles, true },
    { op::ReasonList, true, kAllRoles, false },
    // The lead's floor, reports, follow-ups, surveys. Leads run the floor; admins edit the reason tree; integrations
    // record surveys.
    { op::ReasonSave, true, Roles(Role::Admin), true },
    { op::SkillList, true, kAllRoles, false },
    { op::SkillSet, true, Roles(Role::Lead) | Role::Admin, true },
    { op::FollowUpList, true, kCustomerRoles, false },
    { op::FollowUpUpdate, true, kCustomerRoles, true },
    { op::FollowUpDone, true, kCustomerRoles, true },
    { op::SurveyRecord, true, kIntegrationRoles, true },
    { op::ContactAbandon, true, kIntegrationRoles, true },
    { op::ContactAssign, true, Roles(Role::Lead), true },
    { op::PresenceSetFor, true, Roles(Role::Lead) | Role::Admin, true },
    { op::LeadSnapshot, true, Roles(Role::Lead) | Role::Admin, false },
    { op::ReportGet, true, Roles(Role::Lead) | Role::Admin, false },
    // Consult, conference, transfer.
    { op::ExpertFind, true, kCustomerRoles, false },
    { op::ContactNotesSet, true, kCustomerRoles, true },
    { op::ConsultRequest, true, kCustomerRoles, true },
    { op::ConsultAccept, true, kCustomerRoles, true },
    { op::ConsultDecline, true, kCustomerRoles, true },
    { op::ConsultCancel, true, kCustomerRoles, true },
    { op::ConsultMessage, true, kCustomerRoles, true },
    { op::ConsultReceipt, true, kCustomerRoles, true },
    { op::ConsultEnd, true, kCustomerRoles, true },
    { op::ConsultGet, true, kCustomerRoles, false },
    { op::ConsultList, true, kCustomerRoles, false },
    { op::ConferenceAdd, true, kCustomerRoles, true },
    { op::ConferenceLeave, true, kCustomerRoles, true },
    { op::TransferRequest, true, kCustomerRoles, true },
    { op::TransferAccept, true, kCustomerRoles, true },
    { op::TransferDecline, true, kCustomerRoles, true },
    { op::ContactForward, true, kCustomerRoles, true },
    // A desktop that restarts mid-contact finds its contacts again.
    { op::ContactMine, true, kCustomerRoles, false },
    { op::QueueWaiting, true, kCustomerRoles, false },
    { op::AuditQuery, true, Roles(Role::Admin), false },
    // Channels: the messages of an e-mail or chat contact; answers on the customer's channel.
    { op::ContactMessages, true, kCustomerRoles, false },
    { op::ContactReply, true, kCustomerRoles, true },
    { op::ContactReplyRetry, true, kCustomerRoles, true },
    // The people who talk to customers create them; leads move a leaver's customers.
    { op::CustomerCreate, true, Roles(Role::Agent) | Role::Lead, true },
    { op::CustomerReassign, true, Roles(Role::Lead) | Role::Admin, true },
    // A user's customers (the Team view): customer data, so leads only.
    { op::CustomerOwned, true, Roles(Role::Lead), false },
    // Agents credit, refund and mark disputes; above the credit limit a second person, a lead, decides.
    { op::InvoiceCredit, true, Roles(Role::Agent) | Role::Lead, true },
    { op::CreditList, true, Roles(Role::Lead), false },
    { op::CreditDecide, true, Roles(Role::Lead), true },
    { op::InvoiceDispute, true, Roles(Role::Agent) | Role::Lead, true },
    { op::InvoiceUndispute, true, Roles(Role::Agent) | Role::Lead, true },
    // The people who talk to customers start outbound contacts; an expert answers colleagues, not customers.
    { op::ContactOutbound, true, Roles(Role::Agent) | Role::Lead, true },
    // Web chat: the chat's owner (or a lead) types and reads; ephemeral marks, no cid. Canned
    // answers are for everyone who answers customers.
    { op::ContactTyping, true, Roles(Role::Agent) | Role::Lead, false },
    { op::ContactRead, true, Roles(Role::Agent) | Role::Lead, false },
    { op::CannedList, true, kCustomerRoles, false },
    // The words agents' searches taught an article: leads, who own the knowledge review, read and undo them;
    // admins, who tune the search with synonyms, read them.
    { op::KbLearned, true, Roles(Role::Lead) | Role::Admin, false },
    { op::KbLearnedForget, true, Roles(Role::Lead), true },
};
} // namespace

std::span<const OpInfo> allOps()
{
    return std::span<const OpInfo>(kOps);
}

const OpInfo *findOp(QStringView name)
{
    for (const OpInfo &info : kOps) {
        if (name == QStringView(info.name))
            return &info;
    }
    return nullptr;
}

} // namespace spocs
