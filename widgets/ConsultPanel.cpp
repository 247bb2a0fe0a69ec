#include "widgets/ConsultPanel.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ActiveContact.h"
#include "models/ConsultChatModel.h"
#include "models/ConsultSession.h"
#include "models/ExpertDirectoryModel.h"
#include "models/ParticipantsModel.h"
#include "models/PersonName.h"
#include "models/SkillDirectory.h"
#include "widgets/ActionButton.h"
#include "widgets/ConsultChatView.h"
#include "widgets/DialogButtons.h"
#include "widgets/DisplayText.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/TransferDialog.h"
#include "widgets/TypeAheadKeys.h"
#include "widgets/WidgetNames.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace spocs {

namespace {

// Presence dot, name, then presence, load and level in one line.
class ExpertDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString state = index.data(ExpertDirectoryModel::StateRole).toString();
        option->icon = dotIcon(presenceColor(state));
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int level = index.data(ExpertDirectoryModel::LevelRole).toInt();
        const QString name = index.data(ExpertDirectoryModel::NameRole).toString();
        const int load = index.data(ExpertDirectoryModel::LoadRole).toInt();
        const QString presence = presenceText(state);
        option->text = level > 0
            ? ConsultPanel::tr("%1 — %2 · load %3 · level %4").arg(name, presence).arg(load).arg(level)
            : ConsultPanel::tr("%1 — %2 · load %3").arg(name, presence).arg(load);
    }

public:
    // No wider than the list: a long line is elided at its end rather than scrolling the narrow dock's list
    // sideways (the scroll bar took the room of a row).
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            size.setWidth(std::min(size.width(), view->viewport()->width()));
        return size;
    }
};

} // namespace

ConsultPanel::ConsultPanel(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_session(new ConsultSession(this))
{
    setNames(this, QStringLiteral("consultPanel"), tr("Consult"));
    createActions();
    buildUi();
    m_session->setConnection(connection);

    connect(m_session, &ConsultSession::contactChanged, this, [this] {
        updateContext();
        updateActions();
    });
    connect(m_session, &ConsultSession::consultChanged, this, [this] {
        updateContext();
        updateActions();
        updateStatus();
    });
    connect(m_session, &ConsultSession::nextExpertChanged, this, &ConsultPanel::updateStatus);
    connect(m_session, &ConsultSession::reasonsChanged, this, &ConsultPanel::updateActions);
    connect(m_session, &ConsultSession::busyChanged, this, &ConsultPanel::updateActions);
    connect(m_session, &ConsultSession::notice, this, [this](const QString &text) {
        setStatus(text,
                  m_session->chat()->state() == QLatin1String("declined")
                      || m_session->chat()->state() == QLatin1String("expired"));
        Q_EMIT statusMessage(text);
    });
    connect(m_session, &ConsultSession::failed, this, &ConsultPanel::showError);
    connect(m_session, &ConsultSession::kbDraftCreated, this, [this](const QJsonObject &article) {
        const QString text = tr("Knowledge-base draft “%1” created; it waits for review.")
                                 .arg(article.value(QStringLiteral("title")).toString());
        setStatus(text);
        Q_EMIT statusMessage(text);
        updateActions();
    });
    connect(m_session->experts(), &ExpertDirectoryModel::expertsReplaced, this, [this] {
        if (!m_skills || !m_skills->isLoaded()) { // skill.list not in yet: offer the skills the experts have
            QJsonArray skills;
            QSet<QString> seen;
            for (int row = 0; row < m_session->experts()->rowCount(); ++row) {
                const QJsonArray rowSkills
                    = m_session->experts()->expertAt(row).value(QStringLiteral("skills")).toArray();
                for (const QJsonValue &s : rowSkills) {
                    const QString code = s.toObject().value(QStringLiteral("skill")).toString();
                    if (!code.isEmpty() && !seen.contains(code)) {
                        seen.insert(code);
                        skills.append(QJsonObject { { QStringLiteral("code"), code } });
                    }
                }
            }
            if (m_session->experts()->skill().isEmpty() && m_session->experts()->query().isEmpty())
                updateSkills(skills);
        }
        updateActions();
    });
    connect(m_session->experts(), &ExpertDirectoryModel::findFailed, this,
            [this](const Error &error) { showError(QString::fromUtf16(op::ExpertFind), error); });
    if (connection) {
        connect(connection, &Connection::stateChanged, this, &ConsultPanel::updateActions);
        m_skills = SkillDirectory::of(connection);
        connect(m_skills, &SharedLookup::changed, this, &ConsultPanel::loadSkills);
        if (m_skills->isLoaded())
            loadSkills();
        m_skills->load();
    }
    updateContext();
    updateActions();
    updateStatus();
}

ConsultPanel::~ConsultPanel() = default;

void ConsultPanel::createActions()
{
    auto make = [this](const QString &text, const char *name, const QKeySequence &shortcut, const QString &tip) {
        QAction *action = makeAction(text, QString::fromLatin1(name), shortcut, tip, this);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        return action;
    };
    // Ctrl+Return asks only while typing the question (the shortcut is the question box's own).
    m_askAction = make(tr("&Ask"), "consultAskAction", QKeySequence(Qt::CTRL | Qt::Key_Return),
                       tr("Ask the selected expert, or anyone with the chosen skill"));
    m_askAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_askAction, &QAction::triggered, this, [this] {
        if (selectedExpert() > 0)
            askSelected();
        else
            askSkill();
    });
    m_conferenceAction
        = make(tr("&Conference In"), "consultConferenceAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
               tr("Bring the consulted expert into the contact"));
    connect(m_conferenceAction, &QAction::triggered, m_session, [this] { m_session->conferenceIn(); });
    m_warmAction
        = make(tr("&Warm Transfer…"), "consultWarmTransferAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H),
               tr("Hand the contact to the consulted expert with a note"));
    connect(m_warmAction, &QAction::triggered, this, [this] { showTransferDialog(int(TransferDialog::Mode::Warm)); });
    m_coldAction = make(tr("Cold Tr&ansfer…"), "consultColdTransferAction",
                        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O), tr("Hand the contact to someone available"));
    connect(m_coldAction, &QAction::triggered, this, [this] { showTransferDialog(int(TransferDialog::Mode::Cold)); });
    m_forwardAction = make(tr("&Forward…"), "consultForwardAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F),
                           tr("Forward a forward-only topic to its designated person or group"));
    connect(m_forwardAction, &QAction::triggered, this,
            [this] { showTransferDialog(int(TransferDialog::Mode::Forward)); });
    m_endAction = make(tr("&End Consult…"), "consultEndAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E),
                       tr("End the consult and record the answer"));
    connect(m_endAction, &QAction::triggered, this, &ConsultPanel::showEndDialog);
    m_kbDraftAction = make(tr("Make &KB Draft"), "consultKbDraftAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K),
                           tr("Turn the consult's question and answer into a knowledge-base draft"));
    connect(m_kbDraftAction, &QAction::triggered, m_session, [this] { m_session->makeKbDraft(); });
    m_leaveAction = make(tr("&Leave Contact"), "consultLeaveAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
                         tr("Leave the contact you were conferenced into"));
    connect(m_leaveAction, &QAction::triggered, m_session, [this] {
        if (m_session->canLeave())
            m_session->leaveConference();
    });
    m_openCustomerAction
        = make(tr("Open C&ustomer"), "consultOpenCustomerAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Y),
               tr("Open the unified view of the customer this consult is about"));
    connect(m_openCustomerAction, &QAction::triggered, this, [this] {
        const QString id = m_session->customerId();
        if (!id.isEmpty())
            Q_EMIT customerRequested(id);
    });
    m_cancelAction = new QAction(tr("&Withdraw Question"), this);
    m_cancelAction->setObjectName(QStringLiteral("consultCancelAction"));
    m_cancelAction->setStatusTip(tr("Withdraw the question while nobody has accepted it"));
    connect(m_cancelAction, &QAction::triggered, m_session, [this] { m_session->cancel(); });
}

QList<QAction *> ConsultPanel::consultActions() const
{
    return { m_conferenceAction, m_warmAction,    m_coldAction,         m_forwardAction,
             m_endAction,        m_kbDraftAction, m_openCustomerAction, m_leaveAction };
}

void ConsultPanel::buildUi()
{
    auto button = [this](QAction *action, const char *name) {
        auto *b = new QPushButton(action->text(), this);
        setNames(b, QString::fromLatin1(name), action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        b->setToolTip(action->toolTip());
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        return b;
    };

    m_context = makeDataLabel(QStringLiteral("consultContextLabel"), this);

    // Finder.
    auto *finder = new QGroupBox(tr("Find an expert"), this);
    m_finder = finder;
    finder->setObjectName(QStringLiteral("consultFinderGroup"));
    m_skill = new QComboBox(finder);
    setNames(m_skill, QStringLiteral("consultSkillBox"), tr("Skill"));
    m_skill->addItem(tr("Any skill"), QString());
    m_search = new QLineEdit(finder);
    setNames(m_search, QStringLiteral("consultExpertSearch"), tr("Expert search"));
    m_search->setPlaceholderText(tr("Name or topic (Ctrl+G)"));
    m_search->setClearButtonEnabled(true);
    m_experts = new QListView(finder);
    setNames(m_experts, QStringLiteral("consultExpertList"), tr("Experts"));
    m_experts->setModel(m_session->experts());
    m_experts->setItemDelegate(new ExpertDelegate(m_experts));
    m_experts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_experts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_experts->setMinimumHeight(64); // two experts; the panel fits the dock at 1024×640 (SmallWindow)
    m_experts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_experts->setResizeMode(QListView::Adjust); // rows follow the width (see ExpertDelegate::sizeHint)
    m_question = new QPlainTextEdit(finder);
    setNames(m_question, QStringLiteral("consultQuestionEdit"), tr("Question"));
    m_question->setPlaceholderText(tr("Your question — the expert also sees the customer, reason and notes "
                                      "(Ctrl+Return asks)"));
    m_question->setTabChangesFocus(true);
    m_question->setFixedHeight(m_question->fontMetrics().lineSpacing() * 3 + 14);
    m_question->addAction(m_askAction);
    m_askButton = new QPushButton(tr("Ask &Selected"), finder);
    setNames(m_askButton, QStringLiteral("consultAskButton"), tr("Ask the selected expert"));
    m_askButton->setToolTip(tr("Ask the selected expert (Ctrl+Return in the question)"));
    connect(m_askButton, &QPushButton::clicked, this, &ConsultPanel::askSelected);
    m_askSkillButton = new QPushButton(tr("Ask Anyone wit&h Skill"), finder);
    setNames(m_askSkillButton, QStringLiteral("consultAskSkillButton"), tr("Ask anyone with the skill"));
    m_askSkillButton->setToolTip(tr("Offer the question to every available expert with the chosen skill at once"));
    connect(m_askSkillButton, &QPushButton::clicked, this, &ConsultPanel::askSkill);
    m_cancelButton = button(m_cancelAction, "consultCancelButton");

    QHBoxLayout *filterRow = makeRow({ { m_skill, 1 }, { m_search, 2 } });
    QHBoxLayout *askRow = makeButtonRow({ m_askButton, m_askSkillButton });
    auto *finderLayout = new QVBoxLayout(finder);
    finderLayout->setContentsMargins(6, 6, 6, 6);
    finderLayout->addLayout(filterRow);
    finderLayout->addWidget(m_experts, 1);
    finderLayout->addWidget(m_question);
    finderLayout->addLayout(askRow);

    // Status: waiting, declined, timed out (with "ask next").
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("consultStatusLabel"));
    m_status->setWordWrap(true);
    m_askNextButton = new QPushButton(this);
    m_askNextButton->setObjectName(QStringLiteral("consultAskNextButton"));
    m_askNextButton->hide();
    connect(m_askNextButton, &QPushButton::clicked, m_session, [this] { m_session->askNext(); });
    // Withdraw beside "Waiting for …": the ask row has no room for a third button in German.
    QHBoxLayout *statusRow = makeRow({ { m_status, 1 }, m_askNextButton, m_cancelButton });

    // Chat.
    auto *chatBox = new QWidget(this);
    auto *chat = new ConsultChatView(chatBox);
    chat->setChatModel(m_session->chat());
    chat->setMinimumHeight(64); // the splitter gives the chat most of any room above that
    m_message = new QLineEdit(chatBox);
    setNames(m_message, QStringLiteral("consultMessageEdit"), tr("Message to the expert"));
    m_message->setPlaceholderText(tr("Message (Enter sends)"));
    m_message->setMaxLength(4000);
    m_sendButton = new QPushButton(tr("Sen&d"), chatBox);
    setNames(m_sendButton, QStringLiteral("consultSendButton"), tr("Send message"));
    connect(m_sendButton, &QPushButton::clicked, this, &ConsultPanel::sendMessage);
    connect(m_message, &QLineEdit::returnPressed, this, &ConsultPanel::sendMessage);
    connect(m_message, &QLineEdit::textChanged, this, &ConsultPanel::updateActions);
    QHBoxLayout *messageRow = makeRow({ { m_message, 1 }, m_sendButton });
    stackWithoutMargins(chatBox, { { chat, 1 }, messageRow });

    // Participants and the contact actions.
    auto *contactBox = new QGroupBox(tr("On this contact"), this);
    contactBox->setObjectName(QStringLiteral("consultParticipantsGroup"));
    auto *participants = new QListView(contactBox);
    setNames(participants, QStringLiteral("consultParticipantsList"), tr("Participants"));
    participants->setModel(m_session->participants());
    participants->setEditTriggers(QAbstractItemView::NoEditTriggers);
    participants->setSelectionMode(QAbstractItemView::NoSelection);
    participants->setMinimumHeight(60);
    m_conferenceButton = button(m_conferenceAction, "consultConferenceButton");
    m_warmButton = button(m_warmAction, "consultWarmTransferButton");
    m_coldButton = button(m_coldAction, "consultColdTransferButton");
    m_forwardButton = button(m_forwardAction, "consultForwardButton");
    m_endButton = button(m_endAction, "consultEndButton");
    m_kbDraftButton = button(m_kbDraftAction, "consultKbDraftButton");
    m_openCustomerButton = button(m_openCustomerAction, "consultOpenCustomerButton");
    m_leaveButton = button(m_leaveAction, "consultLeaveButton");
    // Two to a row: three do not fit the dock in German ("Begleitete Übergabe…").
    auto *contactLayout = new QVBoxLayout(contactBox);
    contactLayout->setContentsMargins(6, 6, 6, 6);
    contactLayout->addWidget(participants, 1);
    for (const auto &[left, right] : { std::pair { m_conferenceButton, m_warmButton },
                                       { m_coldButton, m_forwardButton },
                                       { m_endButton, m_kbDraftButton },
                                       { m_openCustomerButton, m_leaveButton } })
        contactLayout->addLayout(makeRow({ left, right }));

    QSplitter *splitter
        = makeSplitter(Qt::Vertical, QStringLiteral("consultSplitter"), { finder, chatBox, contactBox }, this);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_context);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);

    connect(m_skill, &QComboBox::currentIndexChanged, this, [this] {
        m_session->experts()->setSkill(m_skill->currentData().toString());
        updateActions();
    });
    connect(m_search, &QLineEdit::textChanged, m_session->experts(), &ExpertDirectoryModel::setQuery);
    connect(m_experts->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConsultPanel::updateActions);
    // As in the other searches: Down moves into the experts, Enter picks one and goes on to the question.
    const auto pick = [this](int row) {
        m_experts->setCurrentIndex(m_session->experts()->index(row));
        m_question->setFocus(Qt::OtherFocusReason);
    };
    new TypeAheadKeys(m_search, m_experts,
                      { [this] { return m_session->experts()->hasPendingQuery(); },
                        [this] { m_session->experts()->refresh(); }, pick });
    connect(m_experts, &QAbstractItemView::activated, this, [pick](const QModelIndex &index) { pick(index.row()); });
    connect(m_experts, &QAbstractItemView::doubleClicked, this, [this] { m_question->setFocus(); });
    connect(m_question, &QPlainTextEdit::textChanged, this, &ConsultPanel::updateActions);
}

void ConsultPanel::loadSkills()
{
    QJsonArray skills;
    for (const SkillDirectory::Skill &skill : m_skills->skills())
        skills.append(QJsonObject { { QStringLiteral("code"), skill.code }, { QStringLiteral("label"), skill.label } });
    updateSkills(skills);
}

void ConsultPanel::updateSkills(const QJsonArray &skills)
{
    const QString current = m_skill->currentData().toString();
    const QSignalBlocker block(m_skill);
    m_skill->clear();
    m_skill->addItem(tr("Any skill"), QString());
    for (const QJsonValue &value : skills) {
        const QJsonObject skill = value.toObject();
        const QString code = skill.value(QStringLiteral("code")).toString();
        const QString label = skill.value(QStringLiteral("label")).toString();
        m_skill->addItem(label.isEmpty() ? code : label, code);
    }
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(current)));
}

void ConsultPanel::setContact(const QJsonObject &contact)
{
    m_notice.clear();
    m_session->setContact(contact);
    updateStatus();
}

void ConsultPanel::openConsult(const QJsonObject &consult)
{
    m_notice.clear();
    m_session->openConsult(consult);
    updateStatus();
}

void ConsultPanel::focusFinder()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

qint64 ConsultPanel::selectedExpert() const
{
    const QModelIndex current = m_experts->currentIndex();
    return current.isValid() ? m_session->experts()->userIdAt(current.row()) : 0;
}

void ConsultPanel::askSelected()
{
    if (selectedExpert() <= 0 || !m_session->canAsk())
        return;
    m_notice.clear();
    m_session->ask(selectedExpert(), QString(), m_question->toPlainText());
}

void ConsultPanel::askSkill()
{
    const QString skill = m_skill->currentData().toString();
    if (skill.isEmpty() || !m_session->canAsk())
        return;
    m_notice.clear();
    m_session->ask(0, skill, m_question->toPlainText());
}

void ConsultPanel::sendMessage()
{
    const QString text = m_message->text().trimmed();
    if (text.isEmpty() || !m_session->canMessage())
        return;
    m_session->sendMessage(text);
    m_message->clear();
}

void ConsultPanel::showTransferDialog(int modeValue)
{
    const auto mode = TransferDialog::Mode(modeValue);
    const bool allowed = mode == TransferDialog::Mode::Warm ? m_session->canWarmTransfer()
        : mode == TransferDialog::Mode::Cold                ? m_session->canColdTransfer()
                                                            : m_session->canForward();
    if (!allowed)
        return;
    if (m_transferDialog)
        m_transferDialog->close();
    auto *dialog = new TransferDialog(mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_transferDialog = dialog;
    if (mode == TransferDialog::Mode::Forward) {
        dialog->setReasons(m_session->forwardReasons(), m_session->contactForwardReason());
        connect(dialog, &TransferDialog::forwardRequested, m_session, &ConsultSession::forward);
    } else {
        QList<QJsonObject> targets;
        const qint64 expert = m_session->chat()->expert().value(QStringLiteral("id")).toInteger();
        ExpertDirectoryModel *experts = m_session->experts();
        if (mode == TransferDialog::Mode::Warm) {
            const int row = experts->rowOfUser(expert);
            targets << (row >= 0 ? experts->expertAt(row)
                                 : QJsonObject { { QStringLiteral("user"), m_session->chat()->expert() },
                                                 { QStringLiteral("state"), QStringLiteral("on_contact") } });
        } else {
            for (int row = 0; row < experts->rowCount(); ++row)
                targets << experts->expertAt(row);
        }
        dialog->setTargets(targets, expert);
        connect(dialog, &TransferDialog::transferRequested, m_session, &ConsultSession::transfer);
    }
    dialog->open();
}

void ConsultPanel::showEndDialog()
{
    if (!m_session->canEnd())
        return;
    if (m_endDialog)
        m_endDialog->close();
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("consultEndDialog"));
    dialog->setWindowTitle(tr("End Consult"));
    dialog->setLabelText(tr("The answer, in a few sentences (it can become a knowledge-base draft):"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    // Tab goes on to "End Consult" as in the other note fields; it typed a tab over the selected answer.
    if (auto *answer = dialog->findChild<QPlainTextEdit *>())
        answer->setTabChangesFocus(true);
    dialog->setTextValue(m_session->draftAnswer());
    dialog->setOkButtonText(tr("&End Consult"));
    m_endDialog = dialog;
    connect(dialog, &QInputDialog::textValueSelected, m_session,
            [this](const QString &answer) { m_session->end(answer); });
    dialog->open();
}

void ConsultPanel::updateContext()
{
    QString text;
    const QJsonObject contact = m_session->contact();
    const QJsonObject consult = m_session->chat()->consult();
    const bool expertView = !consult.isEmpty()
        && consult.value(QStringLiteral("requester")).toObject().value(QStringLiteral("id")).toInteger()
            != m_session->self();
    if (expertView) {
        QStringList reasons;
        for (const QJsonValue &r : consult.value(QStringLiteral("reasons")).toArray())
            reasons << r.toString();
        text = tr("Consult for %1 about %2")
                   .arg(personName(consult.value(QStringLiteral("requester")).toObject()),
                        consult.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString());
        if (!reasons.isEmpty())
            text += tr(" · %1").arg(reasons.join(QStringLiteral(", ")));
        const QString notes = consult.value(QStringLiteral("notes")).toString().trimmed();
        if (!notes.isEmpty())
            text += QLatin1Char('\n') + tr("Notes: %1").arg(notes.left(400));
    } else if (!contact.isEmpty()) {
        QStringList reasons;
        for (const QJsonValue &r : contact.value(QStringLiteral("reasons")).toArray())
            reasons << r.toString();
        text = tr("Contact %1 with %2 (%3)")
                   .arg(contact.value(QStringLiteral("id")).toInteger())
                   .arg(contact.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString(),
                        channelText(contact.value(QStringLiteral("channel")).toString()));
        if (!reasons.isEmpty())
            text += tr(" · %1").arg(reasons.join(QStringLiteral(", ")));
        if (!m_session->isContactOwner())
            text += QLatin1Char('\n') + tr("You are not the owner of this contact.");
    } else {
        text = tr("No open contact. Accept a contact to ask an expert.");
    }
    m_context->setText(text);
    m_context->setAccessibleName(text);
}

void ConsultPanel::setStatus(const QString &text, bool warning)
{
    m_notice = text;
    m_noticeIsWarning = warning;
    updateStatus();
}

void ConsultPanel::updateStatus()
{
    ConsultChatModel *chat = m_session->chat();
    QString text = m_notice;
    bool warning = m_noticeIsWarning;
    if (text.isEmpty()) {
        const QString state = chat->state();
        const QString other = personName(chat->otherParty());
        if (m_session->isConsultPending())
            text
                = other.isEmpty() ? tr("Waiting for an expert to accept…") : tr("Waiting for %1 to accept…").arg(other);
        else if (state == QLatin1String("active"))
            text = tr("In consult with %1.").arg(other);
        else if (state == QLatin1String("declined") || state == QLatin1String("expired")) {
            text = state == QLatin1String("declined") ? tr("Your consult was declined.")
                                                      : tr("Nobody answered your consult in time.");
            warning = true;
        }
    }
    const QJsonObject next = m_session->nextExpert();
    const bool offerNext = !next.isEmpty() && !m_session->isConsultPending() && !chat->isActive();
    m_askNextButton->setVisible(offerNext);
    if (offerNext) {
        m_askNextButton->setText(tr("Ask next: %1").arg(personName(next)));
        m_askNextButton->setAccessibleName(m_askNextButton->text());
        m_askNextButton->setEnabled(m_session->canAsk());
    }
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(warning ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
}

void ConsultPanel::updateActions()
{
    const bool canAsk = m_session->canAsk();
    const bool hasQuestion = !m_question->toPlainText().trimmed().isEmpty();
    m_askButton->setEnabled(canAsk && hasQuestion && selectedExpert() > 0);
    m_askSkillButton->setEnabled(canAsk && hasQuestion && !m_skill->currentData().toString().isEmpty());
    m_askAction->setEnabled(canAsk && hasQuestion);
    m_question->setEnabled(canAsk || m_session->contactId() > 0);
    m_cancelAction->setEnabled(m_session->canCancel());
    m_cancelButton->setVisible(m_session->canCancel());
    m_message->setEnabled(m_session->canMessage());
    m_sendButton->setEnabled(m_session->canMessage() && !m_message->text().trimmed().isEmpty());

    const struct
    {
        QAction *action;
        QPushButton *button;
        bool enabled;
    } items[] = {
        { m_conferenceAction, m_conferenceButton, m_session->canConference() },
        { m_warmAction, m_warmButton, m_session->canWarmTransfer() },
        { m_coldAction, m_coldButton, m_session->canColdTransfer() },
        { m_forwardAction, m_forwardButton, m_session->canForward() },
        { m_endAction, m_endButton, m_session->canEnd() },
        { m_kbDraftAction, m_kbDraftButton, m_session->canMakeKbDraft() },
        { m_leaveAction, m_leaveButton, m_session->canLeave() },
        { m_openCustomerAction, m_openCustomerButton, !m_session->customerId().isEmpty() },
    };
    for (const auto &item : items) {
        item.action->setEnabled(item.enabled);
        item.button->setEnabled(item.enabled);
    }
    // Forwarding only makes sense for forward-only topics, leaving only for someone conferenced
    // in, opening the customer only for the expert (the rep has them open): hide them otherwise.
    m_forwardButton->setVisible(m_session->canForward());
    // An expert answering someone else's consult, or a rep whose contact someone else took over, needs the
    // chat, not the finder: there is nothing left for them to ask about.
    const bool handedOn = m_session->contactId() > 0 && !m_session->isContactOwner();
    m_finder->setVisible(!m_session->isHelping() && !handedOn);
    m_leaveButton->setVisible(m_session->canLeave());
    m_openCustomerButton->setVisible(m_session->isHelping() || m_session->canLeave());
    updateStatus();
}

void ConsultPanel::showError(const QString &op, const Error &error)
{
    QString text = errorDetailText(error);
    if (error.code == ErrorCode::Conflict && op == QString::fromUtf16(op::TransferRequest))
        text = tr("A transfer of this contact is already open.");
    else if (error.code == ErrorCode::Unavailable && op == QString::fromUtf16(op::ConsultRequest))
        text = tr("Nobody who could answer is available now. %1").arg(text);
    setStatus(text, true);
    Q_EMIT statusMessage(text);
}

void ConsultPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->setReading(true);
}

void ConsultPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_session->setReading(false);
}

void ConsultPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateContext();
}

} // namespace spocs
