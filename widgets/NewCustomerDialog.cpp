#include "widgets/NewCustomerDialog.h"

#include "models/ActiveContact.h"
#include "models/NewCustomerSession.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace spocs {

NewCustomerDialog::NewCustomerDialog(Connection *connection, const QString &searchText, QWidget *parent)
    : QDialog(parent)
    , m_session(new NewCustomerSession(connection, this))
{
    setNames(this, QStringLiteral("newCustomerDialog"), tr("New customer"));
    setWindowTitle(tr("New Customer"));

    auto *form = new QFormLayout;
    const struct
    {
        const char *field;
        QString label;
        QString placeholder;
        int maxLength;
    } fields[] = {
        { "name", tr("&Name:"), tr("First and last name"), 200 },
        { "company", tr("Co&mpany:"), QString(), 200 },
        { "email", tr("&Email:"), tr("name@example.com"), 254 },
        { "phone", tr("P&hone:"), tr("+49 30 1234567"), 40 },
        { "street", tr("&Street:"), QString(), 200 },
        { "postcode", tr("&Postcode:"), QString(), 20 },
        { "city", tr("C&ity:"), QString(), 100 },
        { "country", tr("C&ountry:"), tr("Two-letter code, e.g. DE"), 2 },
        { "language", tr("&Language:"), tr("Two-letter code, e.g. de"), 16 },
    };
    for (const auto &f : fields) {
        const QString field = QString::fromLatin1(f.field);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("newCustomer_%1").arg(field));
        edit->setPlaceholderText(f.placeholder);
        edit->setMaxLength(f.maxLength);
        auto *label = new QLabel(f.label, this);
        label->setBuddy(edit);
        edit->setAccessibleName(label->text().remove(u'&').remove(u':'));
        // What is wrong with the field, right under it (hidden while nothing is).
        auto *problem = new QLabel(this);
        problem->setObjectName(QStringLiteral("newCustomer_%1Problem").arg(field));
        problem->setTextFormat(Qt::PlainText);
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        problem->setVisible(false);
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(problem);
        form->addRow(label, column);
        m_edits.insert(field, edit);
        m_problems.insert(field, problem);
        connect(edit, &QLineEdit::textEdited, this, &NewCustomerDialog::updateButtons);
        connect(edit, &QLineEdit::textEdited, this, [this, field] { showProblem(field, QString()); });
    }
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("newCustomer_preferredChannel"));
    m_channel->addItem(tr("(from the contact details)"), QString());
    for (const QString &c : { QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("chat") })
        m_channel->addItem(channelText(c), c);
    auto *channelLabel = new QLabel(tr("Pre&ferred channel:"), this);
    channelLabel->setBuddy(m_channel);
    m_channel->setAccessibleName(tr("Preferred channel"));
    form->addRow(channelLabel, m_channel);

    const domain::CustomerDraft prefill = NewCustomerSession::draftFromSearch(searchText);
    m_edits.value(QStringLiteral("name"))->setText(prefill.name);
    m_edits.value(QStringLiteral("email"))->setText(prefill.emails.value(0));
    m_edits.value(QStringLiteral("phone"))->setText(prefill.phones.value(0));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newCustomerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    // Shown when the coordinator knows someone with the same e-mail address or phone number.
    m_duplicates = new QWidget(this);
    m_duplicates->setObjectName(QStringLiteral("newCustomerDuplicates"));
    m_duplicatesLabel = new QLabel(m_duplicates);
    m_duplicatesLabel->setWordWrap(true);
    m_candidates = makeRecordTree(m_session->candidates(), QStringLiteral("newCustomerCandidates"),
                                  tr("Existing customers with the same details"), m_duplicates);
    m_candidates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidates->setAllColumnsShowFocus(true);
    // Who they are first, whole; what matched takes the rest.
    m_candidates->header()->setStretchLastSection(false);
    m_candidates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidates->header()->setSectionResizeMode(CustomerCandidatesModel::MatchColumn, QHeaderView::Stretch);
    m_candidates->setMinimumHeight(110);
    m_open = new QPushButton(tr("&Open Customer"), m_duplicates);
    m_open->setObjectName(QStringLiteral("newCustomerOpenButton"));
    m_open->setToolTip(tr("Open the selected existing customer instead (Alt+O)"));
    m_createAnyway = new QPushButton(tr("Create &Anyway"), m_duplicates);
    m_createAnyway->setObjectName(QStringLiteral("newCustomerCreateAnywayButton"));
    m_createAnyway->setToolTip(tr("Create a new customer although the details match (Alt+A)"));
    QHBoxLayout *duplicateButtons = makeButtonRow({ m_open, m_createAnyway });
    stackWithoutMargins(m_duplicates, { m_duplicatesLabel, m_candidates, duplicateButtons });
    m_duplicates->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("newCustomerCreateButton"));
    m_create->setToolTip(tr("Create the customer as a prospect owned by you (Enter)"));
    m_create->setDefault(true);

    stackWithMargins(this, { form, m_error, { m_duplicates, 1 }, buttons });

    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createAnyway, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_open, &QPushButton::clicked, this, &NewCustomerDialog::openSelected);
    connect(m_candidates, &QAbstractItemView::activated, this, &NewCustomerDialog::openSelected);
    connect(m_session, &NewCustomerSession::busyChanged, this, &NewCustomerDialog::updateButtons);
    connect(m_session, &NewCustomerSession::duplicatesFound, this, &NewCustomerDialog::showDuplicates);
    connect(m_session, &NewCustomerSession::failed, this, &NewCustomerDialog::showError);
    connect(m_session, &NewCustomerSession::created, this, [this](const QString &id) {
        Q_EMIT customerChosen(id);
        accept();
    });

    // Start where the user has to type next.
    QLineEdit *first = m_edits.value(QStringLiteral("name"));
    first->setFocus();
    updateButtons();
    resize(640, sizeHint().height());
}

QString NewCustomerDialog::errorMessage() const
{
    if (m_error->isVisible())
        return m_error->text();
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (!it.value()->isHidden())
            return QStringLiteral("%1: %2").arg(m_edits.value(it.key())->accessibleName(), it.value()->text());
    }
    return {};
}

void NewCustomerDialog::showProblem(const QString &field, const QString &text)
{
    QLabel *problem = m_problems.value(field);
    problem->setText(text);
    problem->setVisible(!text.isEmpty());
    m_edits.value(field)->setAccessibleDescription(text);
    // Grow to show the words whole rather than squeeze them into the field's row.
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (!text.isEmpty() && height() < needed)
        resize(width(), needed);
}

void NewCustomerDialog::keyPressEvent(QKeyEvent *event)
{
    // Create waits for a name; Enter without one says so rather than doing nothing.
    QLineEdit *name = m_edits.value(QStringLiteral("name"));
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_session->isBusy()
        && name->text().trimmed().isEmpty()) {
        showProblem(QStringLiteral("name"), NewCustomerSession::problemText(QStringLiteral("name")));
        name->setFocus();
        return;
    }
    QDialog::keyPressEvent(event);
}

void NewCustomerDialog::submit(bool force)
{
    const auto text = [this](const char *field) {
        return m_edits.value(QString::fromLatin1(field))->text().trimmed();
    };
    domain::CustomerDraft draft;
    draft.name = text("name");
    if (!text("company").isEmpty())
        draft.company = text("company");
    if (!text("email").isEmpty())
        draft.emails = { text("email") };
    if (!text("phone").isEmpty())
        draft.phones = { text("phone") };
    const domain::Address address { text("street"), text("city"), text("postcode"), text("country").toUpper() };
    if (!address.isEmpty())
        draft.address = address;
    if (!text("language").isEmpty())
        draft.language = text("language").toLower();
    if (const QString channel = m_channel->currentData().toString(); !channel.isEmpty())
        draft.preferredChannel = channel;
    m_error->setVisible(false);
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        showProblem(it.key(), QString());
    m_duplicates->setVisible(false);
    m_session->create(draft, force);
}

void NewCustomerDialog::showDuplicates(int count)
{
    m_error->setVisible(false);
    m_duplicatesLabel->setText(tr("%n customer(s) with this e-mail address or phone number already exist(s). "
                                  "Open one of them, or create the new customer anyway.",
                                  nullptr, count));
    m_duplicates->setVisible(true);
    m_candidates->setCurrentIndex(m_session->candidates()->index(0, 0));
    m_candidates->setFocus();
    updateButtons();
}

void NewCustomerDialog::showError(const Error &error)
{
    // Name the field as the form does, and put the cursor there.
    const QString field = error.details.value(QStringLiteral("field")).toString();
    const QString edit = field == u"emails" ? QStringLiteral("email")
        : field == u"phones"                ? QStringLiteral("phone")
        : field == u"address"               ? QStringLiteral("street")
                                            : field;
    QLineEdit *at = error.code == ErrorCode::BadRequest ? m_edits.value(edit) : nullptr;
    if (at) { // under the field, saying what is wrong; everything typed stays
        showProblem(edit, NewCustomerSession::problemText(field));
        at->setFocus();
        return;
    }
    m_error->setText(errorDetailText(error));
    m_error->setVisible(true);
}

void NewCustomerDialog::openSelected()
{
    const QString id = m_session->candidates()->customerIdAt(m_candidates->currentIndex().row());
    if (id.isEmpty())
        return;
    Q_EMIT customerChosen(id);
    accept();
}

void NewCustomerDialog::updateButtons()
{
    const bool idle = !m_session->isBusy();
    m_create->setEnabled(idle && !m_edits.value(QStringLiteral("name"))->text().trimmed().isEmpty());
    m_createAnyway->setEnabled(idle && m_session->hasDuplicates());
    m_open->setEnabled(idle && m_session->hasDuplicates());
}

} // namespace spocs
