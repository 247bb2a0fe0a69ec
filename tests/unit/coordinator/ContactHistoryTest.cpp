#include "coordinator/contacts/ContactHistory.h"

#include <gtest/gtest.h>

// The texts of a contact's history items: what the next agent reads about the last contact.

using namespace spocs;

namespace {

domain::Contact closedPhoneContact()
{
    domain::Contact contact;
    contact.id = 7;
    contact.channel = QStringLiteral("phone");
    contact.state = domain::ContactState::Closed;
    contact.createdAt = QStringLiteral("2026-05-04T08:00:00.000Z");
    contact.closedAt = QStringLiteral("2026-05-04T08:07:00.000Z");
    contact.owner = domain::Person { 3, QStringLiteral("agent3"), QStringLiteral("Léa Martin") };
    contact.outcome = domain::ContactOutcome::Resolved;
    contact.queue = QStringLiteral("general");
    return contact;
}

} // namespace

TEST(ContactHistoryText, ResolvedContactNamesReasonsTasksOwnerAndNotes)
{
    domain::Contact contact = closedPhoneContact();
    contact.tasks = { domain::ContactTask { 1, QStringLiteral("order_status"), true, std::nullopt },
                      domain::ContactTask { 2, QStringLiteral("change_order"), false, std::nullopt } };
    contact.notes = QStringLiteral("Parcel\nstuck   in Leipzig.");
    EXPECT_EQ(ContactHistory::closedText(contact, { QStringLiteral("Where is my order?") }, QStringLiteral("General")),
              QStringLiteral("Phone contact closed, resolved. Reasons: Where is my order?. Tasks: order status (done), "
                             "change order (open). Owner: Léa Martin. Notes: Parcel stuck in Leipzig."));
}

TEST(ContactHistoryText, FollowUpNamesItsDueDateAndOwner)
{
    domain::Contact contact = closedPhoneContact();
    contact.outcome = domain::ContactOutcome::FollowUp;
    contact.followUp = domain::ContactFollowUp { QStringLiteral("2026-05-10"),
                                                 domain::Person { 4, QStringLiteral("agent4"), QStringLiteral("B") },
                                                 std::nullopt,
                                                 {} };
    contact.consultCount = 1;
    EXPECT_EQ(ContactHistory::closedText(contact, {}, QStringLiteral("General")),
              QStringLiteral("Phone contact closed with a follow-up. Owner: Léa Martin. Follow-up due 2026-05-10 by B. "
                             "Consults: 1, transfers: 0"));
}

TEST(ContactHistoryText, AbandonedContactSaysHowLongItWaited)
{
    domain::Contact contact = closedPhoneContact();
    contact.abandoned = true;
    contact.owner.reset();
    contact.outcome.reset();
    EXPECT_EQ(ContactHistory::closedText(contact, {}, QStringLiteral("General")),
              QStringLiteral("Phone contact abandoned after 7 min waiting in General"));
}

TEST(ContactHistoryText, SomeoneWithoutANameIsNamedByLogin)
{
    domain::Contact contact = closedPhoneContact();
    contact.owner = domain::Person { 3, QStringLiteral("agent3"), QString() };
    EXPECT_EQ(ContactHistory::closedText(contact, {}, QStringLiteral("General")),
              QStringLiteral("Phone contact closed, resolved. Owner: agent3"));
}

TEST(ContactHistoryText, LongNotesAreCutAtAWord)
{
    const QString notes = QStringLiteral("word ").repeated(100);
    const QString cut = ContactHistory::shortened(notes, 22);
    EXPECT_EQ(cut, QStringLiteral("word word word word") + QChar(0x2026));
    EXPECT_EQ(ContactHistory::shortened(QStringLiteral(" short "), 22), QStringLiteral("short"));
}
