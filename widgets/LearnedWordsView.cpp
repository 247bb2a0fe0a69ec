#include "widgets/LearnedWordsView.h"

#include "models/LearnedWordsModel.h"
#include "models/LearnedWordsSession.h"
#include "widgets/ActionButton.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>

namespace spocs {

LearnedWordsView::LearnedWordsView(QWidget *parent)
    : QGroupBox(tr("Searches that found this"), parent)
    , m_session(new LearnedWordsSession(this))
    , m_empty(new QLabel(tr("No search has led agents here yet."), this))
    , m_list(new QTreeView(this))
    , m_error(makeErrorLabel(this, QStringLiteral("learnedWordsError")))
{
    setObjectName(QStringLiteral("learnedWordsView"));
    // A tip, not a line of text: the dock is narrow and the article's text needs the room.
    const QString about = tr("Agents searched with these words before the article helped them.");
    setToolTip(about);
    m_empty->setObjectName(QStringLiteral("learnedWordsEmpty"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    setNames(m_list, QStringLiteral("learnedWordsList"), tr("Searches that found this article"));
    m_list->setAccessibleDescription(about);
    m_list->setModel(m_session->model());
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(LearnedWordsModel::WordColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(LearnedWordsModel::HelpedColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LearnedWordsModel::NotHelpedColumn, QHeaderView::ResizeToContents);

    m_forgetAction
        = makeAction(tr("Forget Word"), QStringLiteral("learnedWordsForgetAction"), QKeySequence(Qt::Key_Delete),
                     tr("Searches in the selected word no longer find this article by it"), this);
    // Delete only in the list, where it names the word it forgets.
    m_forgetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_forgetAction);
    connect(m_forgetAction, &QAction::triggered, this, &LearnedWordsView::forgetSelectedWord);
    m_forgetAllAction = makeAction(tr("Forget All…"), QStringLiteral("learnedWordsForgetAllAction"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                                   tr("Forget every word agents' searches taught this article"), this);
    m_forgetAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_forgetAllAction);
    connect(m_forgetAllAction, &QAction::triggered, this, &LearnedWordsView::askToForgetAll);
    // No Alt letters in English: the knowledge dock's must differ from the menu titles', the section tabs', every
    // section's controls' and, during a contact, the other docks' (KeyboardMnemonics), and that leaves none in
    // "Forget Word" or "Forget All" (E is the contact's notes, A Cold Transfer, G Change Order, W New Order, D
    // Cancel Order). The German translation has free ones (W, Ö) and takes them. The keys above and Tab reach both.
    auto *forget = makeActionButton(m_forgetAction, m_forgetAction->text(), QStringLiteral("learnedWordsForgetButton"),
                                    tr("Forget the selected word"), this);
    auto *forgetAll = makeActionButton(m_forgetAllAction, m_forgetAllAction->text(),
                                       QStringLiteral("learnedWordsForgetAllButton"), tr("Forget all words"), this);

    stackWithMargins(this, { m_empty, m_list, m_error, makeButtonRow({ forget, forgetAll }) });

    connect(m_session, &LearnedWordsSession::busyChanged, this, &LearnedWordsView::updateState);
    connect(m_session, &LearnedWordsSession::loaded, this, [this] {
        showTextOrHide(m_error, {});
        updateState();
    });
    connect(m_session, &LearnedWordsSession::forgotten, this, [this](const QString &word, int count) {
        showTextOrHide(m_error, {});
        if (word.isEmpty())
            Q_EMIT statusMessage(tr("Forgot %n learned word(s) of “%1”.", nullptr, count).arg(m_title));
        else
            Q_EMIT statusMessage(
                tr("Searches for “%1” no longer find “%2” by that word.").arg(m_forgottenShown, m_title));
        // The next word takes the forgotten one's place, so Delete can go on down the list.
        const int rows = m_session->model()->rowCount();
        if (!word.isEmpty() && rows > 0 && m_forgottenRow >= 0)
            m_list->setCurrentIndex(m_session->model()->index(qMin(m_forgottenRow, rows - 1), 0));
        updateState();
    });
    connect(m_session, &LearnedWordsSession::failed, this, [this](const Error &error) {
        showTextOrHide(m_error, errorText(error));
        updateState();
    });
    connect(m_session->model(), &QAbstractItemModel::modelReset, this, &LearnedWordsView::updateState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &LearnedWordsView::updateState);
    updateState();
}

void LearnedWordsView::setConnection(Connection *connection)
{
    m_session->setConnection(connection);
}

void LearnedWordsView::showArticle(qint64 id, const QString &title)
{
    m_title = title;
    if (id == m_session->articleId())
        return;
    showTextOrHide(m_error, {});
    if (m_confirm)
        m_confirm->close();
    if (id > 0)
        m_session->load(id);
    else
        m_session->clear();
}

void LearnedWordsView::reload()
{
    if (m_session->articleId() > 0)
        m_session->load(m_session->articleId());
}

void LearnedWordsView::updateState()
{
    const bool loaded = m_session->articleId() > 0 && !m_session->isBusy();
    const bool any = m_session->model()->rowCount() > 0;
    m_empty->setVisible(loaded && !any);
    m_list->setVisible(any);
    if (any) {
        // As tall as its words, up to five: the article's text keeps the room, longer lists scroll.
        const int rows = qMin(m_session->model()->rowCount(), 5);
        m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * m_list->sizeHintForRow(0)
                               + 2 * m_list->frameWidth());
    }
    m_forgetAction->setEnabled(loaded && m_list->currentIndex().isValid());
    m_forgetAllAction->setEnabled(loaded && any);
}

void LearnedWordsView::forgetSelectedWord()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || m_session->isBusy())
        return;
    m_forgottenRow = current.row();
    m_forgottenShown = current.siblingAtColumn(0).data(Qt::DisplayRole).toString();
    m_session->forget(current.siblingAtColumn(0).data(LearnedWordsModel::WordRole).toString());
}

void LearnedWordsView::askToForgetAll()
{
    if (m_session->model()->rowCount() == 0 || m_session->isBusy())
        return;
    if (m_confirm) {
        bringToFront(m_confirm);
        return;
    }
    m_confirm = new QMessageBox(
        QMessageBox::Question, tr("Forget All Learned Words"),
        tr("Forget all %n word(s) agents' searches taught “%1”? Searches then find it by its own text only, until "
           "agents teach it again.",
           nullptr, m_session->model()->rowCount())
            .arg(m_title),
        QMessageBox::Cancel, this);
    setNames(m_confirm, QStringLiteral("learnedWordsForgetAllQuestion"), tr("Forget all learned words?"));
    m_confirm->setTextFormat(Qt::PlainText);
    QPushButton *forget = m_confirm->addButton(tr("Forget All"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("learnedWordsConfirmForgetAllButton"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_session->articleId();
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, forget, id](QAbstractButton *clicked) {
        // Only for the article it asked about: the reader may have moved on meanwhile.
        if (clicked == forget && id == m_session->articleId())
            m_session->forgetAll();
    });
    m_confirm->open();
}

} // namespace spocs
