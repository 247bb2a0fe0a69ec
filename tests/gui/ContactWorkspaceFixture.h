#pragma once

// The contact workspace's GUI tests share this fixture: a real coordinator with short offers and
// follow-up warnings, a lead to raise contacts, and a desktop signed in as agent or expert.
#include "support/ClientHelpers.h"
#include "support/CoordinatorProcess.h"
#include "support/DesktopSignIn.h"
#include "support/WidgetLookup.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ActiveContact.h"
#include "models/ContactSession.h"
#include "models/CustomerLoader.h"
#include "models/FollowUpModel.h"
#include "models/OfferQueue.h"
#include "models/ReasonTreeModel.h"
#include "widgets/CloseContactDialog.h"
#include "widgets/ContactPanel.h"
#include "widgets/ContactWorkspace.h"
#include "widgets/CustomerPage.h"
#include "widgets/FollowUpPanel.h"
#include "widgets/LoginDialog.h" // MainWindow.h needs it complete
#include "widgets/MainWindow.h"
#include "widgets/OfferNotification.h"
#include "widgets/OutboundContactDialog.h"
#include "widgets/PresenceSelector.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>

namespace spocs::test::workspace {

constexpr int kLongWait = 20000;

inline QString wire(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// Presses a shortcut like a user would; when the offscreen platform does not deliver it to
// the shortcut map (no active window), the action runs directly so the test can go on.
inline void pressShortcut(QWidget *window, QAction *action, Qt::Key key, Qt::KeyboardModifiers mods,
                          const std::function<bool()> &done)
{
    QApplication::setActiveWindow(window);
    QTest::keyClick(window, key, mods);
    if (!QTest::qWaitFor(done, 1000))
        action->trigger();
}

class ContactWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        const QString config = m_dir.filePath(QStringLiteral("coordinator.ini"));
        QFile file(config);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[routing]\noffer_timeout_ms=%1\n[contacts]\nfollow_up_warning_minutes=60\n%2")
                       .arg(m_offerTimeoutMs)
                       .arg(m_extraConfig)
                       .toUtf8());
        file.close();
        test::CoordinatorProcess::Options options;
        options.demoCustomers = 30;
        options.extraArgs = { QStringLiteral("--config"), config };
        ASSERT_TRUE(m_coordinator.start(options)) << qPrintable(m_coordinator.output());
        ASSERT_TRUE(test::loginAndWait(m_lead, m_coordinator.url(), QStringLiteral("lead1")).ok);
    }

    void TearDown() override
    {
        if (HasFailure())
            std::cerr << "--- coordinator output (tail) ---\n"
                      << qPrintable(m_coordinator.output().right(3000)) << std::endl;
    }

    ContactWorkspace *signIn(MainWindow &window, Connection &connection, const QString &user)
    {
        return test::signInDesktop(window, connection, m_coordinator.url(), user, kLongWait);
    }

    qint64 inbound(const QString &customer, const QString &channel)
    {
        const Reply r = test::callWrite(m_lead, wire(op::ContactInbound),
                                        { { QStringLiteral("cid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                                          { QStringLiteral("channel"), channel },
                                          { QStringLiteral("customer"), customer } });
        EXPECT_TRUE(r.ok) << qPrintable(test::errorName(r));
        return r.data.value(QStringLiteral("contact")).toObject().value(QStringLiteral("id")).toInteger();
    }

    // A phone contact of `customer` the lead raises, taken from its offer, with the reasons loaded for
    // closing it: its id, 0 (with a failure) when it did not arrive.
    qint64 takePhoneContact(ContactWorkspace *workspace, const QString &customer)
    {
        const qint64 id = inbound(customer, QStringLiteral("phone"));
        if (!QTest::qWaitFor([&] { return workspace->offers()->count() == 1; }, kLongWait)) {
            ADD_FAILURE() << "no offer of contact " << id;
            return 0;
        }
        workspace->acceptFirstOffer();
        const bool taken = QTest::qWaitFor(
            [&] { return workspace->activeContact()->id() == id && workspace->reasons()->reasonCount() > 0; },
            kLongWait);
        EXPECT_TRUE(taken) << "contact " << id << " not in hand with its reasons";
        return taken ? id : 0;
    }

    QJsonObject contactOnServer(qint64 id)
    {
        return test::call(m_lead, wire(op::ContactGet), { { QStringLiteral("id"), id } })
            .data.value(QStringLiteral("contact"))
            .toObject();
    }

    // The first reason a contact can be closed as resolved with.
    static QString resolvableReason(const ReasonTreeModel *model)
    {
        std::function<QString(const QModelIndex &)> walk = [&](const QModelIndex &parent) -> QString {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (model->rowCount(index) == 0 && !index.data(ReasonTreeModel::ForwardOnlyRole).toBool())
                    return index.data(ReasonTreeModel::CodeRole).toString();
                const QString inner = walk(index);
                if (!inner.isEmpty())
                    return inner;
            }
            return {};
        };
        return walk({});
    }

    static void screenshot(QWidget *window)
    {
        const QString path = qEnvironmentVariable("SPOCS_CONTACT_SCREENSHOT");
        if (path.isEmpty())
            return;
        QTest::qWait(300); // let the layouts settle
        const QString file = path.endsWith(QLatin1String(".png"))
            ? path
            : QDir(path).filePath(QStringLiteral("contact-workspace.png"));
        if (!window->grab().save(file))
            std::cerr << "could not save " << qPrintable(file) << std::endl;
    }

    int m_offerTimeoutMs = 20000;
    QString m_extraConfig;
    QTemporaryDir m_dir;
    test::CoordinatorProcess m_coordinator;
    Connection m_lead;
    const QString m_customer = QStringLiteral("C-1003");
};

} // namespace spocs::test::workspace
