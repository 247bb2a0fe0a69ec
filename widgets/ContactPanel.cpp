#include "widgets/ContactPanel.h"

#include "core/domain/TaskKinds.h"
#include "models/ActiveContact.h"
#include "models/ContactSession.h"
#include "models/ConversationSession.h"
#include "models/PersonName.h"
#include "widgets/ActionButton.h"
#include "widgets/ConversationView.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/PresenceSelector.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>

namespace spocs {

namespace {

QString participantRoleText(const QString &role)
{
    if (role == u"customer")
        return ContactPanel::tr("customer");
    if (role == u"owner")
        return ContactPanel::tr("owner");
    if (role == u"expert")
        return ContactPanel::tr("expert");
    if (role == u"agent")
        return ContactPanel::tr("agent");
    return role;
}

} // namespace

ContactPanel::ContactPanel(ContactSession *session, ConversationSession *conversation, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_contact(session->active())
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("contactPanel"));
    ActiveContact *contact = m_contact;
    setAccessibleName(tr("Contact"));

    m_switcher = new QComboBox(this);
    setNames(m_switcher, QStringLiteral("contactSwitcher"), tr("My open contacts"));
    m_switcher->hide();
    connect(m_session, &ContactSession::contactWorkDone, this, [this](const QString &text) {
        if (m_savingNotes) {
            m_savingNotes = false;
            m_notesDirty = false;
            refresh();
        }
        if (!text.isEmpty())
            Q_EMIT notice(text);
    });
    connect(m_session, &ContactSession::contactWorkFailed, this, [this](const Error &error) {
        if (m_savingNotes) {
            m_savingNotes = false;
            m_saveNotes->setEnabled(true);
        }
        showError(errorDetailText(error));
    });
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_switcher->itemData(index).toLongLong();
        if (id != m_contact->id())
            Q_EMIT switchRequested(id);
    });

    m_empty
        = new QLabel(tr("No contact yet. Offers appear in the top-right corner; accept one with Ctrl+Alt+A."), this);
    m_empty->setObjectName(QStringLiteral("contactEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_body = new QWidget(this);
    m_header = new QLabel(m_body);
    m_header->setObjectName(QStringLiteral("contactHeaderLabel"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_state = makeTextLabel(QStringLiteral("contactStateLabel"), m_body);
    m_clock = new QLabel(m_body);
    setNames(m_clock, QStringLiteral("contactClockLabel"), tr("Time on this contact"));
    auto *openCustomer = new QPushButton(tr("Open Customer"), m_body);
    openCustomer->setObjectName(QStringLiteral("contactOpenCustomerButton"));
    connect(openCustomer, &QPushButton::clicked, this,
            [this] { Q_EMIT openCustomerRequested(m_contact->customerId()); });
    QHBoxLayout *stateRow = makeRow({ { m_state, 1 }, m_clock });

    auto *tasksLabel = new QLabel(tr("Tas&ks"), m_body);
    auto *tasks = new QListView(m_body);
    setNames(tasks, QStringLiteral("contactTaskView"), tr("Tasks"));
    tasks->setModel(contact->tasks());
    tasks->setMinimumHeight(60);
    tasksLabel->setBuddy(tasks);
    connect(contact->tasks(), &ContactTaskModel::resolveRequested, this, &ContactPanel::resolveTask);

    m_taskMenu = new QMenu(this);
    m_taskMenu->setObjectName(QStringLiteral("taskKindMenu"));
    for (const QString &kind : domain::taskKinds()) {
        QAction *a = m_taskMenu->addAction(taskKindText(kind));
        a->setData(kind);
        connect(a, &QAction::triggered, this, [this, kind] { addTask(kind); });
    }
    m_addTask = makeMenuButton(m_taskMenu, tr("Add Task"), QStringLiteral("addTaskButton"), tr("Add task"),
                               tr("Add a task to this contact (Ctrl+Alt+T)"), m_body);

    auto *notesLabel = new QLabel(tr("Not&es"), m_body);
    m_notes = new QPlainTextEdit(m_body);
    setNames(m_notes, QStringLiteral("contactNotesEdit"), tr("Notes on this contact"));
    m_notes->setPlaceholderText(tr("What the customer said, what you did – travels with a consult or transfer."));
    m_notes->setMaximumHeight(90);
    m_notes->setTabChangesFocus(true);
    notesLabel->setBuddy(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_notes->toPlainText();
        m_notesDirty = text != m_contact->notes();
        // The close stores what is typed here and not saved.
        m_contact->setNotesDraft(text);
        m_saveNotes->setEnabled(m_notesDirty && m_contact->isActive());
    });
    // Every letter of "Save Notes" is taken in the window during a contact (in English and German), so
    // like the conversation's Send it is saved with Ctrl+Return from the field.
    m_saveNotes = new QPushButton(tr("Save Notes"), m_body);
    m_saveNotes->setObjectName(QStringLiteral("saveNotesButton"));
    m_saveNotes->setToolTip(tr("Save the notes (Ctrl+Return in the notes); closing the contact saves them too"));
    m_saveNotes->setEnabled(false);
    connect(m_saveNotes, &QPushButton::clicked, this, &ContactPanel::saveNotes);
    QAction *saveShortcut = addSubmitShortcut(m_notes);
    saveShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(saveShortcut, &QAction::triggered, this, [this] {
        if (m_saveNotes->isEnabled())
            saveNotes();
    });

    m_participantsLabel = new QLabel(tr("Participants"), m_body);
    m_participants = new QListWidget(m_body);
    setNames(m_participants, QStringLiteral("participantList"), tr("Participants"));
    m_participants->setMaximumHeight(64);

    m_close = new QPushButton(tr("Close Contact…"), m_body);
    m_close->setObjectName(QStringLiteral("closeContactButton"));
    m_close->setToolTip(tr("Record reasons and outcome (Ctrl+Alt+W)"));
    connect(m_close, &QPushButton::clicked, this, &ContactPanel::closeRequested);

    m_error = makeErrorLabel(m_body, QStringLiteral("contactErrorLabel"));

    QHBoxLayout *taskButtons = makeButtonRow({ tasksLabel }, { m_addTask });
    QHBoxLayout *notesButtons = makeButtonRow({ notesLabel }, { m_saveNotes });
    QHBoxLayout *bottom = makeButtonRow({ openCustomer }, { m_close });

    // The work on the contact (tasks, notes, participants) sits under the conversation of an
    // e-mail or chat; the splitter lets the agent give the messages more room.
    auto *work = new QWidget(m_body);
    stackWithoutMargins(work,
                        { taskButtons, { tasks, 1 }, notesButtons, m_notes, m_participantsLabel, m_participants });
    QSplitter *split = makeSplitter(Qt::Vertical, QStringLiteral("contactSplitter"), {}, m_body);
    split->setChildrenCollapsible(false);
    if (conversation) {
        m_conversation = new ConversationView(conversation, split);
        connect(m_conversation, &ConversationView::notice, this, &ContactPanel::notice);
        split->addWidget(m_conversation);
        split->setStretchFactor(0, 3);
    }
    split->addWidget(work);
    split->setStretchFactor(split->indexOf(work), 1);

    stackWithoutMargins(m_body, { m_header, stateRow, { split, 1 }, m_error, bottom });

    stackWithMargins(this, { m_switcher, m_empty, { m_body, 1 }, StackItem::spacer(0) });

    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &ContactPanel::updateClock);
    connect(contact, &ActiveContact::contactChanged, this, &ContactPanel::refresh);
    connect(contact, &ActiveContact::currentChanged, this, [this] {
        m_notesDirty = false;
        showError(QString());
    });
    refresh();
}

void ContactPanel::refresh()
{
    const bool has = !m_contact->isEmpty();
    m_empty->setVisible(!has);
    m_body->setVisible(has);
    if (!has) {
        m_clockTimer->stop();
        return;
    }
    const QJsonObject &json = m_contact->json();
    QString channel = channelText(m_contact->channel());
    // The agent started it: they called or wrote, the customer is not waiting on a queue.
    if (json.value(QStringLiteral("direction")).toString() == u"outbound")
        channel = tr("%1, outbound").arg(channel);
    QStringList reasons;
    for (const QString &code : m_contact->reasons())
        reasons.append(m_labeler ? m_labeler(code) : code);
    QString header = QStringLiteral("<b style=\"font-size:large\">%1</b><br>%2 · %3")
                         .arg(m_contact->customerName().toHtmlEscaped(), channel.toHtmlEscaped(),
                              tr("contact %1").arg(m_contact->id()).toHtmlEscaped());
    if (const qint64 followed = json.value(QStringLiteral("followUpOf")).toInteger(); followed > 0)
        header += QStringLiteral("<br>") + tr("For the follow-up of contact %1").arg(followed).toHtmlEscaped();
    // The customer wrote again after that contact was closed too long ago to reopen it.
    if (const qint64 earlier = json.value(QStringLiteral("continues")).toInteger(); earlier > 0)
        header += QStringLiteral("<br>") + tr("A reply to closed contact %1").arg(earlier).toHtmlEscaped();
    if (!reasons.isEmpty())
        header += QStringLiteral("<br>") + tr("Reason: %1").arg(reasons.join(QStringLiteral(", "))).toHtmlEscaped();
    // Anyone can type a customer's address on the website and reach their record.
    if (json.value(QStringLiteral("identityTyped")).toBool())
        header += QStringLiteral("<br><span style=\"color:#c62828\">%1</span>")
                      .arg(tr("Identity not checked: the e-mail address was typed on the website. Make sure who you "
                              "are talking to before you share account details.")
                               .toHtmlEscaped());
    m_header->setText(header);
    QString state = contactStateText(m_contact->state());
    if (m_contact->isClosed()) {
        const QString outcome = m_contact->outcome();
        if (m_contact->json().value(QStringLiteral("abandoned")).toBool())
            state = tr("Closed – the customer hung up");
        else if (!outcome.isEmpty())
            state = tr("Closed – %1").arg(outcomeText(outcome));
        const QJsonObject followUp = m_contact->followUp();
        if (outcome == u"follow_up" && !followUp.isEmpty())
            state += QLatin1Char('\n')
                + tr("Follow-up due %1, owner %2")
                      .arg(followUp.value(QStringLiteral("due")).toString().left(16).replace(u'T', u' '),
                           personName(followUp.value(QStringLiteral("owner")).toObject()));
    } else if (!m_contact->isMine()) {
        state += QLatin1Char('\n')
            + tr("Owner: %1").arg(personName(m_contact->json().value(QStringLiteral("owner")).toObject()));
    }
    m_state->setText(state);
    m_state->setStyleSheet(m_contact->isClosed() ? QStringLiteral("color: #2e7d32; font-weight: bold;") : QString());

    const bool editable = m_contact->isActive() && m_contact->isMine();
    m_addTask->setEnabled(editable);
    m_close->setEnabled(editable);
    m_notes->setReadOnly(!m_contact->isActive());
    // Once it is closed, the notes are what the close stored (with what was typed): show those.
    if (!m_contact->isActive())
        m_notesDirty = false;
    // The same text is not set again, so the cursor stays where the agent types after a save.
    if (!m_notesDirty && m_notes->toPlainText() != m_contact->notes()) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(m_contact->notes());
    }
    m_saveNotes->setEnabled(m_notesDirty && m_contact->isActive());

    m_participants->clear();
    for (const QJsonValue &v : m_contact->participants()) {
        const QJsonObject p = v.toObject();
        const QString role = p.value(QStringLiteral("role")).toString();
        const QString name
            = role == u"customer" ? m_contact->customerName() : personName(p.value(QStringLiteral("user")).toObject());
        QString text = tr("%1 (%2)").arg(name, participantRoleText(role));
        if (!p.value(QStringLiteral("leftAt")).toString().isEmpty())
            text += QLatin1Char(' ') + tr("– left");
        m_participants->addItem(text);
    }
    m_participants->setVisible(m_participants->count() > 0);
    if (m_conversation) {
        const QString channel = m_contact->channel();
        m_conversation->setVisible(channel == u"email" || channel == u"chat");
    }
    m_participantsLabel->setVisible(m_participants->count() > 0);
    updateClock();
    if (m_contact->isClosed())
        m_clockTimer->stop();
    else
        m_clockTimer->start();
}

void ContactPanel::updateClock()
{
    if (m_contact->isEmpty())
        return;
    m_clock->setText(elapsedText(m_contact->handledSeconds()));
}

void ContactPanel::setOpenContacts(const QList<QPair<qint64, QString>> &contacts)
{
    const QSignalBlocker block(m_switcher);
    m_switcher->clear();
    for (const auto &c : contacts)
        m_switcher->addItem(c.second, c.first);
    const int index = m_switcher->findData(m_contact->id());
    m_switcher->setCurrentIndex(index);
    m_switcher->setVisible(contacts.size() > 1);
}

void ContactPanel::showError(const QString &text)
{
    showTextOrHide(m_error, text);
}

void ContactPanel::popupTaskMenu()
{
    if (!m_addTask->isEnabled()) {
        Q_EMIT notice(tr("No active contact to add a task to."));
        return;
    }
    m_taskMenu->popup(m_addTask->mapToGlobal(QPoint(0, m_addTask->height())));
}

void ContactPanel::addTask(const QString &kind)
{
    showError(QString());
    m_session->addTask(kind);
}

void ContactPanel::resolveTask(qint64 taskId)
{
    showError(QString());
    m_session->resolveTask(taskId);
}

void ContactPanel::saveNotes()
{
    if (m_contact->isEmpty())
        return;
    showError(QString());
    m_saveNotes->setEnabled(false);
    m_savingNotes = true;
    m_session->saveNotes(m_notes->toPlainText());
}

} // namespace spocs
