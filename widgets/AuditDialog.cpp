#include "widgets/AuditDialog.h"

#include "client/Connection.h"
#include "models/AuditSession.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>

namespace spocs {

AuditDialog::AuditDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_session(new AuditSession(connection, this))
    , m_customerEdit(new QLineEdit(this))
    , m_userEdit(new QLineEdit(this))
    , m_fromEdit(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this))
    , m_toEdit(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this))
    , m_statusLabel(new QLabel(this))
{
    setNames(this, QStringLiteral("auditDialog"), tr("Audit log"));
    setWindowTitle(tr("Audit Log"));
    resize(900, 520);

    setNames(m_customerEdit, QStringLiteral("auditCustomerEdit"), tr("Customer"));
    m_customerEdit->setPlaceholderText(tr("e.g. C-1042"));
    setNames(m_userEdit, QStringLiteral("auditUserEdit"), tr("User"));
    m_userEdit->setPlaceholderText(tr("login, e.g. agent3"));
    for (QDateTimeEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    setNames(m_fromEdit, QStringLiteral("auditFromEdit"), tr("From"));
    setNames(m_toEdit, QStringLiteral("auditToEdit"), tr("To"));
    auto *searchButton = new QPushButton(tr("&Search"), this);
    setNames(searchButton, QStringLiteral("auditSearchButton"), tr("Search the audit log"));
    searchButton->setDefault(true);
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), this);
    setNames(exportButton, QStringLiteral("auditExportButton"), tr("Export CSV"));
    // Ctrl+E beside Alt+X: the button's own shortcut would replace the letter it underlines.
    auto *exportKey = new QAction(this);
    exportKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QWidget::addAction(exportKey);
    connect(exportKey, &QAction::triggered, exportButton, &QPushButton::click);
    exportButton->setToolTip(tr("Save the rows shown as a CSV file (Ctrl+E)"));
    exportButton->setEnabled(false);
    auto *table = new QTableView(this);
    setNames(table, QStringLiteral("auditTable"), tr("Audit entries"));
    table->setModel(m_session->model());
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Time, person, action and record are short and must show whole; the detail takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    m_statusLabel->setObjectName(QStringLiteral("auditStatusLabel"));
    // Rows come from the server: shown as text, never as markup.
    m_statusLabel->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_customerEdit);
    form->addRow(tr("&User:"), m_userEdit);
    QHBoxLayout *range = makeRow({ m_fromEdit, new QLabel(tr("to"), this), m_toEdit });
    // A label in front of a layout gets no buddy from addRow: without one its "&" would show.
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromEdit);
    form->addRow(fromLabel, range);
    QHBoxLayout *buttons = makeRow({ { m_statusLabel, 1 }, searchButton, exportButton });
    stackWithMargins(this, { form, { table, 1 }, buttons });

    connect(searchButton, &QPushButton::clicked, this, &AuditDialog::search);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::chooseExportFile);
    connect(m_session, &AuditSession::loadingChanged, this, [this, searchButton](bool loading) {
        searchButton->setEnabled(!loading);
        if (loading)
            setStatus(tr("Searching…"));
    });
    connect(m_session, &AuditSession::loaded, this, [this, exportButton](int rows) {
        exportButton->setEnabled(rows > 0);
        setStatus(m_session->isTruncated() ? tr("%n entries (the newest; narrow the filter for more)", nullptr, rows)
                                           : tr("%n entries", nullptr, rows));
    });
    connect(m_session, &AuditSession::failed, this, [this](const Error &error) { setStatus(errorText(error)); });
}

void AuditDialog::search()
{
    AuditSession::Filter filter;
    filter.customer = m_customerEdit->text();
    filter.user = m_userEdit->text();
    filter.from = m_fromEdit->dateTime();
    filter.to = m_toEdit->dateTime();
    m_session->query(filter);
}

bool AuditDialog::exportTo(const QString &path)
{
    QString error;
    if (!m_session->exportCsv(path, &error)) {
        setStatus(tr("Could not save %1: %2").arg(path, error));
        return false;
    }
    setStatus(tr("Saved %1").arg(path));
    return true;
}

void AuditDialog::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), dir + QStringLiteral("/audit.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditDialog::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

QAction *AuditDialog::addAction(QMenu *adminMenu, QMainWindow *window, Connection *connection)
{
    auto *action = new QAction(tr("&Audit Log…"), adminMenu);
    action->setObjectName(QStringLiteral("auditLogAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    action->setStatusTip(tr("Who read or changed which record, sign-ins and admin actions"));
    action->setEnabled(false); // the window enables it for a signed-in admin
    connect(action, &QAction::triggered, window, [window, connection] {
        auto *dialog = new AuditDialog(connection, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->search();
    });
    adminMenu->addAction(action);
    window->addAction(action); // the shortcut works with the menu closed
    return action;
}

} // namespace spocs
