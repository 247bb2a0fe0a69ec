#include "SessionTestSupport.h"

#include "core/Ops.h"
#include "models/AccountDraft.h"
#include "models/AccountEditor.h"
#include "models/CustomerLoader.h"
#include "models/OrderEditor.h"
#include "models/OrderLinesModel.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace spocs;
using namespace spocs::test;

namespace {

QString wire(const char16_t *name)
{
    return QString::fromUtf16(name);
}

QJsonObject customerView(qint64 version, const QString &plan, const QString &notes)
{
    return QJsonObject { { QStringLiteral("customer"),
                           QJsonObject {
                               { QStringLiteral("id"), QStringLiteral("C-1") },
                               { QStringLiteral("name"), QStringLiteral("Clara") },
                               { QStringLiteral("notes"), notes },
                               { QStringLiteral("account"), QJsonObject { { QStringLiteral("plan"), plan } } },
                               { QStringLiteral("version"), version } } } };
}

QJsonObject orderJson(qint64 version, const QString &status = QStringLiteral("placed"))
{
    return QJsonObject {
        { QStringLiteral("number"), QStringLiteral("SO-9") },
        { QStringLiteral("customer"), QStringLiteral("C-1") },
        { QStringLiteral("status"), status },
        { QStringLiteral("currency"), QStringLiteral("EUR") },
        { QStringLiteral("version"), version },
        { QStringLiteral("lines"),
          QJsonArray { QJsonObject { { QStringLiteral("sku"), QStringLiteral("SKU-1") },
                                     { QStringLiteral("name"), QStringLiteral("Kettle") },
                                     { QStringLiteral("quantity"), 1 },
                                     { QStringLiteral("unitPrice"), QStringLiteral("20.00") } } } },
    };
}

class EditorSessionsTest : public ScriptedSessionTest
{
protected:
    void SetUp() override
    {
        ScriptedSessionTest::SetUp();
        loader.setConnection(&connection);
    }

    CustomerLoader loader;
};

} // namespace

TEST_F(EditorSessionsTest, AccountSaveSendsOnlyTheEditedFieldsWithTheVersion)
{
    loader.setDetails(customerView(3, QStringLiteral("basic"), QStringLiteral("old notes")));
    AccountEditor editor(&connection, &loader);
    QSignalSpy saved(&editor, &AccountEditor::saved);
    EXPECT_FALSE(editor.canSave()) << "nothing edited";
    editor.draft()->setValue(AccountDraft::Plan, QStringLiteral("premium"));
    ASSERT_TRUE(editor.canSave());
    peer.answer(wire(op::AccountUpdate), customerView(4, QStringLiteral("premium"), QStringLiteral("old notes")));
    editor.save();
    EXPECT_TRUE(editor.isBusy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 1; }, 5000));
    const QJsonObject args = lastArgs(wire(op::AccountUpdate));
    EXPECT_EQ(args.value(QStringLiteral("version")).toInteger(), 3);
    EXPECT_EQ(args.value(QStringLiteral("customer")).toString(), QStringLiteral("C-1"));
    EXPECT_EQ(args.value(QStringLiteral("changes")).toObject().keys(), QStringList { QStringLiteral("plan") });
    EXPECT_FALSE(editor.draft()->isDirty());
    EXPECT_FALSE(editor.isBusy());
}

TEST_F(EditorSessionsTest, AccountConflictOnOtherFieldsSavesAgainOnTheirVersion)
{
    loader.setDetails(customerView(3, QStringLiteral("basic"), QStringLiteral("old notes")));
    AccountEditor editor(&connection, &loader);
    QSignalSpy saved(&editor, &AccountEditor::saved);
    QSignalSpy choice(&editor, &AccountEditor::conflictNeedsChoice);
    editor.draft()->setValue(AccountDraft::Plan, QStringLiteral("premium"));
    // Someone else changed the notes (not the plan) and saved version 4 first.
    peer.fail(wire(op::AccountUpdate), ErrorCode::VersionConflict);
    peer.answer(wire(op::AccountUpdate), customerView(5, QStringLiteral("premium"), QStringLiteral("their notes")));
    peer.answer(wire(op::CustomerGet), customerView(4, QStringLiteral("basic"), QStringLiteral("their notes")));
    editor.save();
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 1; }, 5000));
    EXPECT_EQ(choice.count(), 0) << "nothing of yours clashed";
    ASSERT_EQ(sent(wire(op::AccountUpdate)), 2);
    EXPECT_EQ(lastArgs(wire(op::AccountUpdate)).value(QStringLiteral("version")).toInteger(), 4);
    EXPECT_EQ(loader.details().customer.notes, QStringLiteral("their notes")) << "their change is shown";
}

TEST_F(EditorSessionsTest, AccountConflictOnTheSameFieldAsksAndReapplies)
{
    loader.setDetails(customerView(3, QStringLiteral("basic"), QString()));
    AccountEditor editor(&connection, &loader);
    QSignalSpy choice(&editor, &AccountEditor::conflictNeedsChoice);
    QSignalSpy saved(&editor, &AccountEditor::saved);
    editor.draft()->setValue(AccountDraft::Plan, QStringLiteral("premium"));
    peer.fail(wire(op::AccountUpdate), ErrorCode::VersionConflict);
    peer.answer(wire(op::AccountUpdate), customerView(5, QStringLiteral("premium"), QString()));
    peer.answer(wire(op::CustomerGet), customerView(4, QStringLiteral("gold"), QString()));
    editor.save();
    ASSERT_TRUE(QTest::qWaitFor([&] { return choice.count() == 1; }, 5000));
    EXPECT_EQ(editor.draft()->conflicts(), QList<AccountDraft::Field> { AccountDraft::Plan });
    EXPECT_EQ(editor.draft()->serverValue(AccountDraft::Plan), QStringLiteral("gold"));
    EXPECT_EQ(sent(wire(op::AccountUpdate)), 1) << "no silent overwrite";
    editor.reapply();
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 1; }, 5000));
    const QJsonObject args = lastArgs(wire(op::AccountUpdate));
    EXPECT_EQ(args.value(QStringLiteral("version")).toInteger(), 4);
    EXPECT_EQ(args.value(QStringLiteral("changes")).toObject().value(QStringLiteral("plan")).toString(),
              QStringLiteral("premium"));
}

TEST_F(EditorSessionsTest, NewOrderIsPlacedWithItsLinesAndTheChangedAddress)
{
    CustomerView customer = CustomerView::fromJson(customerView(1, QString(), QString()));
    customer.customer.address = Address { QStringLiteral("Main St 1"), QStringLiteral("Berlin"),
                                          QStringLiteral("10115"), QStringLiteral("DE") };
    OrderEditor editor(&connection, customer, Order {});
    EXPECT_FALSE(editor.isChange());
    Address entered = editor.startAddress();
    EXPECT_FALSE(editor.canSubmit(entered)) << "no lines yet";
    Product kettle;
    kettle.sku = QStringLiteral("SKU-1");
    kettle.name = QStringLiteral("Kettle");
    kettle.price = Money { 2000 };
    kettle.currency = QStringLiteral("EUR");
    kettle.available = 10;
    editor.lines()->addProduct(kettle, 2);
    ASSERT_TRUE(editor.canSubmit(entered));
    EXPECT_TRUE(QTest::qWaitFor([&] { return connection.topics().contains(QStringLiteral("product:SKU-1")); }, 1000))
        << "the line's product is followed";
    entered.city = QStringLiteral("Potsdam");
    QSignalSpy saved(&editor, &OrderEditor::saved);
    peer.answer(wire(op::OrderPlace), QJsonObject { { QStringLiteral("order"), orderJson(1) } });
    editor.submit(entered);
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 1; }, 5000));
    EXPECT_EQ(saved.at(0).at(0).value<Order>().number, QStringLiteral("SO-9"));
    const QJsonObject args = lastArgs(wire(op::OrderPlace));
    EXPECT_EQ(args.value(QStringLiteral("customer")).toString(), QStringLiteral("C-1"));
    EXPECT_EQ(args.value(QStringLiteral("lines")).toArray().size(), 1);
    EXPECT_EQ(args.value(QStringLiteral("shippingAddress")).toObject().value(QStringLiteral("city")).toString(),
              QStringLiteral("Potsdam"));
}

TEST_F(EditorSessionsTest, ChangedOrderConflictLoadsTheCurrentVersionAndTheNextSubmitUsesIt)
{
    const Order stored = Order::fromJson(orderJson(2));
    OrderEditor editor(&connection, CustomerView {}, stored);
    editor.editLines();
    ASSERT_TRUE(waitSent(wire(op::ProductGet))) << "the lines' availability is checked";
    QSignalSpy failed(&editor, &OrderEditor::failed);
    QSignalSpy saved(&editor, &OrderEditor::saved);
    editor.lines()->setData(editor.lines()->index(0, OrderLinesModel::QuantityColumn), 3, Qt::EditRole);
    ASSERT_TRUE(editor.linesChanged());
    peer.fail(wire(op::OrderChange), ErrorCode::VersionConflict);
    peer.answer(wire(op::OrderChange), QJsonObject { { QStringLiteral("order"), orderJson(4) } });
    peer.answer(wire(op::OrderGet), QJsonObject { { QStringLiteral("order"), orderJson(3) } });
    editor.submit(editor.startAddress());
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, ErrorCode::VersionConflict);
    EXPECT_EQ(lastArgs(wire(op::OrderChange)).value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(editor.order().version, 3) << "the current order's version";
    EXPECT_TRUE(editor.linesChanged()) << "your lines stay";
    editor.submit(editor.startAddress());
    ASSERT_TRUE(QTest::qWaitFor([&] { return saved.count() == 1; }, 5000));
    EXPECT_EQ(lastArgs(wire(op::OrderChange)).value(QStringLiteral("version")).toInteger(), 3);
    EXPECT_FALSE(lastArgs(wire(op::OrderChange)).contains(QStringLiteral("shippingAddress")))
        << "the address was not changed";
}

TEST_F(EditorSessionsTest, CancellingAnOrderSendsTheReasonAndReportsAShippedOrder)
{
    OrderEditor editor(&connection, CustomerView {}, Order::fromJson(orderJson(2)));
    QSignalSpy failed(&editor, &OrderEditor::failed);
    peer.fail(wire(op::OrderCancel), ErrorCode::InvalidState,
              QJsonObject { { QStringLiteral("status"), QStringLiteral("shipped") } });
    editor.cancel(QStringLiteral("Customer changed their mind"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    const QJsonObject args = lastArgs(wire(op::OrderCancel));
    EXPECT_EQ(args.value(QStringLiteral("reason")).toString(), QStringLiteral("Customer changed their mind"));
    EXPECT_EQ(args.value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(failed.at(0).at(0).value<Error>().details.value(QStringLiteral("status")).toString(),
              QStringLiteral("shipped"));
    EXPECT_EQ(sent(wire(op::ProductGet)), 0) << "cancelling loads no products";
}

TEST_F(EditorSessionsTest, CustomerPageReadsAndNotesGoThroughTheLoader)
{
    loader.setDetails(customerView(1, QString(), QString()));
    QSignalSpy order(&loader, &CustomerLoader::orderLoaded);
    QSignalSpy invoice(&loader, &CustomerLoader::invoiceExplained);
    QSignalSpy note(&loader, &CustomerLoader::noteAdded);
    peer.answer(wire(op::OrderGet), QJsonObject { { QStringLiteral("order"), orderJson(2) } });
    peer.answer(wire(op::InvoiceExplain),
                QJsonObject { { QStringLiteral("invoice"),
                                QJsonObject { { QStringLiteral("number"), QStringLiteral("INV-1") } } } });
    loader.loadOrder(QStringLiteral("SO-9"));
    loader.explainInvoice(QStringLiteral("INV-1"));
    loader.addNote(QStringLiteral("Called back"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return order.count() == 1 && invoice.count() == 1 && note.count() == 1; }, 5000));
    EXPECT_EQ(order.at(0).at(0).value<Order>().lines.size(), 1);
    EXPECT_EQ(lastArgs(wire(op::CustomerNoteAdd)).value(QStringLiteral("customer")).toString(), QStringLiteral("C-1"));
    EXPECT_TRUE(waitSent(wire(op::CustomerGet))) << "the history is fetched again after a note";
}

// The coordinator may hold a customer.get answer while it commits, so a customer.updated from
// another agent's save can arrive first: the older answer must not replace what it changed.
TEST_F(EditorSessionsTest, ARefetchOlderThanTheCustomerUpdateShownIsAskedAgain)
{
    peer.answer(wire(op::CustomerGet), customerView(4, QStringLiteral("basic"), QStringLiteral("Old")));
    loader.open(QStringLiteral("C-1"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return loader.state() == CustomerLoader::State::Loaded; }, 5000));
    QList<qint64> held;
    peer.onRequest = [&](const protocol::Request &req) -> std::optional<protocol::Response> {
        if (req.op == wire(op::CustomerGet)) {
            held.append(req.id);
            return std::nullopt;
        }
        return protocol::okResponse(req.id, {});
    };
    loader.refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return held.size() == 1; }, 5000));
    peer.publish(QStringLiteral("customer:C-1"), QStringLiteral("customer.updated"),
                 customerView(5, QStringLiteral("basic"), QStringLiteral("New")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return loader.details().customer.version == 5; }, 5000));

    peer.send(protocol::okResponse(held.first(), customerView(4, QStringLiteral("basic"), QStringLiteral("Old"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return held.size() == 2; }, 5000)) << "asks again";
    EXPECT_EQ(loader.details().customer.version, 5);
    EXPECT_EQ(loader.details().customer.notes, QStringLiteral("New"));
}
