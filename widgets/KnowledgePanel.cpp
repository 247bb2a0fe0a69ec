#include "widgets/KnowledgePanel.h"

#include "client/Connection.h"
#include "core/Ops.h"
#include "models/ArticleLoader.h"
#include "models/KnowledgeSearchModel.h"
#include "widgets/ArticleReader.h"
#include "widgets/DesktopLog.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/ProposeEditDialog.h"
#include "widgets/ReviewDialog.h"
#include "widgets/TypeAheadKeys.h"
#include "widgets/WidgetNames.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

namespace spocs {

namespace {

// Title in bold, then up to two lines of snippet with the matched words in bold.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QRect r = opt.rect.adjusted(6, 4, -6, -4);

        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const QFontMetrics fm(bold);
        painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(title, Qt::ElideRight, r.width()));

        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(0);
        doc.setTextWidth(r.width());
        const QColor snippetColor = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);
        const bool matched = !index.data(KnowledgeSearchModel::SnippetRole).toString().isEmpty();
        // An article found only through agents' earlier searches: the model says why it is listed.
        const QString snippet = matched || !index.data(KnowledgeSearchModel::LearnedRole).toBool()
            ? index.data(KnowledgeSearchModel::SnippetHtmlRole).toString()
            : QStringLiteral("<i>%1</i>").arg(index.data(Qt::ToolTipRole).toString().toHtmlEscaped());
        doc.setHtml(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(snippetColor.name(), snippet));
        const int snippetTop = r.top() + fm.height() + 2;
        const QRect clip(r.left(), snippetTop, r.width(), r.bottom() - snippetTop);
        painter->translate(clip.topLeft());
        doc.drawContents(painter, QRectF(0, 0, clip.width(), clip.height()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return QSize(200, 8 + fm.height() + 2 + 2 * fm.lineSpacing() + 2);
    }
};

} // namespace

KnowledgePanel::KnowledgePanel(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new KnowledgeSearchModel(this))
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_reader(new ArticleReader(connection, this))
    , m_newButton(new QPushButton(tr("New Article…"), this))
    , m_reviewButton(new QPushButton(tr("Review &Queue…"), this))
{
    setObjectName(QStringLiteral("knowledgePanel"));
    m_model->setConnection(connection);

    setNames(m_edit, QStringLiteral("knowledgeSearchEdit"), tr("Knowledge search"));
    m_edit->setPlaceholderText(tr("Search knowledge (Ctrl+K)"));
    m_edit->setToolTip(tr("Words from the title or text. Down moves into the results, Enter opens the article."));
    m_edit->setClearButtonEnabled(true);

    m_status->setObjectName(QStringLiteral("knowledgeSearchStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *results = new QListView(this);
    setNames(results, QStringLiteral("knowledgeResults"), tr("Knowledge articles"));
    results->setModel(m_model);
    results->setItemDelegate(new HitDelegate(results));
    results->setUniformItemSizes(true);
    results->setAlternatingRowColors(true);
    results->setSelectionMode(QAbstractItemView::SingleSelection);
    results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    new TypeAheadKeys(m_edit, results,
                      { [this] { return m_model->hasPendingQuery(); }, [this] { m_model->searchNow(); },
                        [this](int row) {
                            activateRow(row);
                        } });

    QSplitter *splitter = makeSplitter(Qt::Vertical, QStringLiteral("knowledgeSplitter"), { results, m_reader }, this);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    results->setMinimumHeight(120);
    m_reader->setMinimumHeight(200);

    // No Alt letter: during a contact every dock is live, and the letters this could take (A, E, I in English,
    // I in German) belong to Cold Transfer, the contact's notes and the follow-ups' outbound check. Tab reaches it.
    setNames(m_newButton, QStringLiteral("knowledgeNewButton"), tr("New article"));
    m_newButton->setToolTip(tr("Propose a new article for review"));
    connect(m_newButton, &QPushButton::clicked, this, &KnowledgePanel::proposeNewArticle);
    setNames(m_reviewButton, QStringLiteral("knowledgeReviewButton"), tr("Review queue"));
    m_reviewButton->setToolTip(tr("Proposals waiting for review, and articles that need attention"));
    connect(m_reviewButton, &QPushButton::clicked, this, &KnowledgePanel::showReviewQueue);

    QHBoxLayout *buttons = makeButtonRow({ m_newButton }, { m_reviewButton });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_edit, &QLineEdit::textChanged, m_model, &KnowledgeSearchModel::setQuery);
    connect(results, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_model, &KnowledgeSearchModel::resultsReplaced, this, [this, results] {
        m_lastError.clear();
        // Keep the highlighted article across a live refresh.
        const int row = m_model->rowOf(m_reader->loader()->articleId());
        if (row >= 0)
            results->setCurrentIndex(m_model->index(row, 0));
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KnowledgePanel::updateStatus);
    connect(m_model, &KnowledgeSearchModel::busyChanged, this, &KnowledgePanel::updateStatus);
    connect(m_model, &KnowledgeSearchModel::searchFailed, this, [this](const Error &error) {
        m_lastError = errorText(error);
        updateStatus();
    });
    connect(m_reader, &ArticleReader::statusMessage, this, &KnowledgePanel::statusMessage);
    // The article's keys (Ctrl+Shift+S, C, N, …) also from the search and the results, where the
    // focus stays after Enter opens an article; they only work while the focus is in this panel.
    addActions(m_reader->actions());

    if (connection) {
        connect(connection, &Connection::eventReceived, this, &KnowledgePanel::onEvent);
        connect(connection, &Connection::stateChanged, this, &KnowledgePanel::onConnectionStateChanged);
        connect(connection, &Connection::userChanged, this, &KnowledgePanel::updateRole);
        connect(connection, &Connection::resyncRequired, this, [this] {
            m_model->refresh();
            m_reader->loader()->refresh();
        });
    }
    onConnectionStateChanged();
    updateStatus();
}

void KnowledgePanel::onConnectionStateChanged()
{
    updateRole();
    if (!m_connection || m_connection->state() != Connection::State::Connected)
        return;
    // Published and archived articles come in live; admins have no knowledge role.
    if (m_connection->user().role != Role::Admin)
        m_connection->subscribe(kb::topic());
}

void KnowledgePanel::updateRole()
{
    const bool signedIn = m_connection && m_connection->state() != Connection::State::Offline;
    const Role role = m_connection ? m_connection->user().role : Role::Agent;
    m_reviewButton->setVisible(signedIn && role == Role::Lead);
    m_newButton->setEnabled(signedIn && role != Role::Admin);
    if (!m_reviewButton->isVisible() && m_reviewDialog)
        m_reviewDialog->close();
}

void KnowledgePanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void KnowledgePanel::openArticle(qint64 id)
{
    m_reader->openArticle(id);
}

void KnowledgePanel::activateRow(int row)
{
    const qint64 id = m_model->articleIdAt(row);
    if (id > 0)
        m_reader->openArticle(id, m_model->query());
}

void KnowledgePanel::setCustomer(const QString &customerId, const QString &customerName, const QStringList &products,
                                 const QString &reason, const QString &problemText)
{
    m_customerId = customerId;
    m_customerName = customerName;
    m_reader->setCustomer(customerId, customerName);
    m_model->setSuggestionContext(customerId.isEmpty() ? QStringList() : products,
                                  customerId.isEmpty() ? QString() : reason,
                                  customerId.isEmpty() ? QString() : problemText);
    updateStatus();
}

ReviewDialog *KnowledgePanel::showReviewQueue()
{
    if (!m_reviewButton->isVisible())
        return nullptr;
    if (m_reviewDialog) {
        m_reviewDialog->refresh();
        bringToFront(m_reviewDialog);
        return m_reviewDialog;
    }
    auto *dialog = new ReviewDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reviewDialog = dialog;
    connect(dialog, &ReviewDialog::openArticleRequested, this, &KnowledgePanel::openArticle);
    connect(dialog, &ReviewDialog::statusMessage, this, &KnowledgePanel::statusMessage);
    dialog->show(); // non-modal: the lead keeps working while the queue is open
    return dialog;
}

void KnowledgePanel::proposeNewArticle()
{
    auto *dialog = new ProposeEditDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProposeEditDialog::proposed, this,
            [this] { Q_EMIT statusMessage(tr("Your article was sent for review.")); });
    dialog->open();
}

void KnowledgePanel::onEvent(const protocol::Event &event)
{
    if (event.topic != kb::topic())
        return;
    m_reader->loader()->handleEvent(event);
    if (event.kind == QStringView(event::KbArchived)) {
        m_model->removeArticle(event.data.value(QStringLiteral("id")).toInteger());
        updateStatus();
    } else if (event.kind == QStringView(event::KbPublished)) {
        m_model->refresh(); // the new article may match what is typed
    }
}

void KnowledgePanel::updateStatus()
{
    QString text;
    const int rows = m_model->rowCount();
    if (!m_lastError.isEmpty()) {
        text = m_lastError;
    } else if (m_model->query().isEmpty()) {
        if (m_model->mode() == KnowledgeSearchModel::Mode::Suggestions && rows > 0)
            text = tr("Suggested for %1:").arg(m_customerName.isEmpty() ? m_customerId : m_customerName);
        else
            text = tr("Type words to search the knowledge base.");
    } else if (m_model->isBusy() && rows == 0) {
        text = tr("Searching…");
    } else if (m_model->hasAnswer() && rows == 0) {
        text = tr("No articles match “%1”.").arg(m_model->query());
    } else if (m_model->total() > rows) {
        text = tr("Showing %1 of %n article(s).", nullptr, m_model->total()).arg(rows);
    } else if (rows > 0) {
        text = tr("%n article(s) found.", nullptr, rows);
    }
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

} // namespace spocs
