// The outbound contact dialog and the close dialog's "customer's usual response time", driven
// offscreen against the scripted peer: the ContactSession behind them sends the requests.
#include "support/ClientHelpers.h"
#include "support/ScriptedPeer.h"
#include "support/WidgetLookup.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ActiveContact.h"
#include "models/ContactSession.h"
#include "models/ReasonTreeModel.h"
#include "widgets/CloseContactDialog.h"
#include "widgets/OutboundContactDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace spocs;
using namespace spocs::test;

namespace {

QString wire(const char16_t *name)
{
    return QString::fromUtf16(name);
}

QJsonObject reason(qint64 id, qint64 parent, const QString &code, const QString &label)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("parent"), parent > 0 ? QJsonValue(parent) : QJsonValue() },
                         { QStringLiteral("code"), code },
                         { QStringLiteral("label"), label },
                         { QStringLiteral("demandClass"), QStringLiteral("a") },
                         { QStringLiteral("forwardOnly"), false } };
}

QJsonObject contactJson(qint64 id, const QString &direction)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("channel"), QStringLiteral("phone") },
                         { QStringLiteral("direction"), direction },
                         { QStringLiteral("state"), QStringLiteral("active") },
                         { QStringLiteral("version"), 2 },
                         { QStringLiteral("customer"),
                           QJsonObject { { QStringLiteral("id"), QStringLiteral("C-1003") },
                                         { QStringLiteral("name"), QStringLiteral("Jürgen Müller") } } },
                         { QStringLiteral("owner"),
                           QJsonObject { { QStringLiteral("id"), 3 },
                                         { QStringLiteral("login"), QStringLiteral("agent1") } } },
                         { QStringLiteral("reasons"), QJsonArray { QStringLiteral("orders.where") } } };
}

// A signed-in session on the scripted peer, with a small reason tree.
struct ScriptedDesk
{
    ScriptedPeer peer;
    Connection connection;
    std::unique_ptr<ContactSession> session;

    bool start()
    {
        peer.answer(wire(op::ContactMine), QJsonObject { { QStringLiteral("contacts"), QJsonArray {} } });
        peer.answer(wire(op::FollowUpList), QJsonObject { { QStringLiteral("followUps"), QJsonArray {} } });
        peer.answer(
            wire(op::ReasonList),
            QJsonObject {
                { QStringLiteral("reasons"),
                  QJsonArray { reason(1, 0, QStringLiteral("orders"), QStringLiteral("Orders")),
                               reason(2, 1, QStringLiteral("orders.where"), QStringLiteral("Where is my order?")),
                               reason(3, 0, QStringLiteral("billing"), QStringLiteral("Billing")) } } });
        if (!loginAndWait(connection, peer.url(), QStringLiteral("agent1")).ok)
            return false;
        session = std::make_unique<ContactSession>(&connection);
        return QTest::qWaitFor([&] { return session->reasons()->reasonCount() == 3; }, 5000);
    }
};

} // namespace

TEST(OutboundDialog, StartsTheContactWithChannelReasonAndNoteAndShowsARefusal)
{
    ScriptedDesk desk;
    ASSERT_TRUE(desk.start());
    desk.peer.fail(wire(op::ContactOutbound), ErrorCode::BadRequest,
                   QJsonObject { { QStringLiteral("field"), QStringLiteral("channel") } });
    desk.peer.answer(wire(op::ContactOutbound),
                     QJsonObject { { QStringLiteral("contact"), contactJson(52, QStringLiteral("outbound")) } });

    OutboundContactDialog dialog(desk.session.get(), QStringLiteral("C-1003"), QStringLiteral("Jürgen Müller"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *channel = child<QComboBox>(dialog, "outboundChannelCombo");
    ASSERT_TRUE(channel);
    EXPECT_EQ(channel->count(), 2) << "phone and e-mail; a chat is the customer's to open";
    EXPECT_FALSE(channel->accessibleName().isEmpty());
    channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
    ASSERT_TRUE(dialog.selectReason(QStringLiteral("orders.where")));
    EXPECT_TRUE(
        child<QComboBox>(dialog, "outboundReasonCombo")->currentText().contains(QStringLiteral("Where is my order?")));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "outboundNoteEdit"), QStringLiteral("Your parcel left the depot"));
    // What the agent sees, when SPOCS_VIEW_SCREENSHOTS names a folder (as in CustomerViewTest).
    const QString shots = qEnvironmentVariable("SPOCS_VIEW_SCREENSHOTS");
    if (!shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/outbound-contact.png"));

    QPushButton *start = child<QPushButton>(dialog, "outboundStartButton");
    auto *error = child<QLabel>(dialog, "outboundErrorLabel");
    ASSERT_TRUE(start && error);
    start->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return error->isVisible(); }, 5000));
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_TRUE(dialog.isVisible()) << "a refusal keeps the dialog open with what was typed";
    EXPECT_TRUE(start->isEnabled());

    start->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isVisible(); }, 5000));
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    const QJsonObject args = desk.peer.requestsFor(wire(op::ContactOutbound)).last().request.args;
    EXPECT_EQ(args.value(QStringLiteral("customer")).toString(), QStringLiteral("C-1003"));
    EXPECT_EQ(args.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    EXPECT_EQ(args.value(QStringLiteral("reason")).toString(), QStringLiteral("orders.where"));
    EXPECT_EQ(args.value(QStringLiteral("note")).toString(), QStringLiteral("Your parcel left the depot"));
    EXPECT_EQ(desk.session->active()->id(), 52) << "the new contact is the one in hand";
}

TEST(CloseDialog, DueLeftToTheCustomersUsualResponseTimeSendsNoDate)
{
    ScriptedDesk desk;
    ASSERT_TRUE(desk.start());
    CloseContactDialog dialog(desk.session.get(), contactJson(41, QStringLiteral("inbound")));
    dialog.setUsualResponseHours(24);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(dialog.checkReason(QStringLiteral("orders.where")));
    auto *due = child<QDateTimeEdit>(dialog, "followUpDueEdit");
    auto *usualDue = child<QCheckBox>(dialog, "followUpUsualDueCheck");
    ASSERT_TRUE(due && usualDue);
    child<QRadioButton>(dialog, "outcomeFollowUpButton")->click();
    EXPECT_TRUE(due->isEnabled());
    EXPECT_FALSE(usualDue->isChecked()) << "a date, as before, unless the agent chooses otherwise";
    EXPECT_TRUE(dialog.closeArgs().value(QStringLiteral("followUp")).toObject().contains(QStringLiteral("due")));

    EXPECT_TRUE(usualDue->text().contains(QStringLiteral("24 h"))) << usualDue->text().toStdString();
    usualDue->click();
    EXPECT_FALSE(due->isEnabled());
    if (const QString shots = qEnvironmentVariable("SPOCS_VIEW_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/close-usual-due.png"));
    const QJsonObject followUp = dialog.closeArgs().value(QStringLiteral("followUp")).toObject();
    EXPECT_FALSE(followUp.contains(QStringLiteral("due")));
    EXPECT_EQ(followUp.value(QStringLiteral("owner")).toInteger(), 3);

    QJsonObject closed = contactJson(41, QStringLiteral("inbound"));
    closed.insert(QStringLiteral("state"), QStringLiteral("closed"));
    desk.peer.answer(wire(op::ContactClose), QJsonObject { { QStringLiteral("contact"), closed } });
    dialog.findChild<QPushButton *>(QStringLiteral("closeContactOkButton"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !desk.peer.requestsFor(wire(op::ContactClose)).isEmpty(); }, 5000));
    const QJsonObject sent = desk.peer.requestsFor(wire(op::ContactClose)).last().request.args;
    EXPECT_EQ(sent.value(QStringLiteral("outcome")).toString(), QStringLiteral("follow_up"));
    EXPECT_FALSE(sent.value(QStringLiteral("followUp")).toObject().contains(QStringLiteral("due")));

    // Without the customer's hours the label still says what happens.
    CloseContactDialog unknown(desk.session.get(), contactJson(42, QStringLiteral("inbound")));
    auto *unknownUsualDue = child<QCheckBox>(unknown, "followUpUsualDueCheck");
    ASSERT_TRUE(unknownUsualDue);
    EXPECT_TRUE(unknownUsualDue->text().contains(QStringLiteral("usual response time")));
    EXPECT_FALSE(unknownUsualDue->text().contains(QStringLiteral(" h)")));
}
