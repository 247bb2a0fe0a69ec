#include "widgets/HistoryTab.h"

#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "widgets/DesktopLog.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

namespace spocs {

HistoryTab::HistoryTab(CustomerLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
{
    setObjectName(QStringLiteral("historyTab"));
    auto *filter = new HistoryFilterModel(this);
    filter->setSourceModel(loader->historyModel());

    auto *type = new QComboBox(this);
    setNames(type, QStringLiteral("historyTypeFilter"), tr("Show history of type"));
    type->addItem(tr("All types"), QString());
    for (const QString &t : CustomerHistoryModel::knownTypes())
        type->addItem(CustomerHistoryModel::typeText(t), t);
    connect(type, &QComboBox::currentIndexChanged, this,
            [filter, type] { filter->setTypeFilter(type->currentData().toString()); });
    auto *typeLabel = new QLabel(tr("Ty&pe:"), this);
    typeLabel->setBuddy(type);
    auto *text = new QLineEdit(this);
    setNames(text, QStringLiteral("historyTextFilter"), tr("Filter history by text"));
    text->setPlaceholderText(tr("Filter by text, author or reference…"));
    text->setClearButtonEnabled(true);
    connect(text, &QLineEdit::textChanged, filter, &HistoryFilterModel::setTextFilter);
    auto *count = new QLabel(this);
    count->setObjectName(QStringLiteral("historyCountLabel"));
    // The filters search what is loaded: older history comes a page at a time.
    auto *older = new QPushButton(tr("Show &More History"), this);
    older->setObjectName(QStringLiteral("olderHistoryButton"));
    older->setToolTip(tr("This customer has older history than that listed: load the next entries"));
    connect(older, &QPushButton::clicked, m_loader, &CustomerLoader::loadOlderHistory);
    QHBoxLayout *filters = makeRow({ typeLabel, type, { text, 1 }, count, older });

    auto *view = makeRecordTree(filter, QStringLiteral("historyView"), tr("Customer history"), this);
    view->setAlternatingRowColors(true);
    view->header()->setStretchLastSection(false);
    for (int c : { int(CustomerHistoryModel::TimeColumn), int(CustomerHistoryModel::TypeColumn),
                   int(CustomerHistoryModel::AuthorColumn), int(CustomerHistoryModel::RefColumn) })
        view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(CustomerHistoryModel::TextColumn, QHeaderView::Stretch);

    m_note = new QLineEdit(this);
    setNames(m_note, QStringLiteral("noteEdit"), tr("New note"));
    m_note->setPlaceholderText(tr("Add a note for everyone who works with this customer…"));
    m_note->setMaxLength(4000);
    m_addNote = new QPushButton(tr("A&dd Note"), this);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setToolTip(tr("Add the note (Enter in the note field)"));
    connect(m_note, &QLineEdit::returnPressed, this, &HistoryTab::addNote);
    connect(m_addNote, &QPushButton::clicked, this, &HistoryTab::addNote);
    connect(m_loader, &CustomerLoader::noteAdded, this, [this] {
        m_busy = false;
        m_note->clear();
        updateView();
        Q_EMIT message(tr("Note added."));
    });
    connect(m_loader, &CustomerLoader::noteQueued, this, [this] {
        m_busy = false;
        m_note->clear(); // kept in the offline outbox, shown on top of the history as waiting
        updateView();
        // Short enough for the status bar beside the connection's state and the waiting changes, which say the rest.
        Q_EMIT message(tr("The note waits to be sent."));
    });
    connect(m_loader, &CustomerLoader::noteFailed, this, [this](const Error &error) {
        m_busy = false;
        updateView();
        qCInfo(lcDesktop) << "customer.note.add failed:" << errorCodeName(error.code);
        Q_EMIT message(errorDetailText(error));
    });
    QHBoxLayout *noteRow = makeRow({ { m_note, 1 }, m_addNote });

    stackWithMargins(this, { filters, { view, 1 }, noteRow });

    auto updateCount = [this, count, filter, view, older] {
        const int shown = filter->rowCount(), loaded = m_loader->historyModel()->rowCount();
        count->setText(m_loader->hasOlderHistory() ? tr("%1 of %2 loaded").arg(shown).arg(loaded)
                                                   : tr("%1 of %2").arg(shown).arg(loaded));
        older->setVisible(m_loader->hasOlderHistory());
        older->setEnabled(!m_loader->isLoadingOlder());
        // Most entries (notes) have no reference: an empty column would take the text's room.
        bool anyRef = false;
        for (int row = 0; row < filter->rowCount() && !anyRef; ++row)
            anyRef = !filter->index(row, 0).data(CustomerHistoryModel::RefRole).toString().isEmpty();
        view->setColumnHidden(CustomerHistoryModel::RefColumn, !anyRef);
    };
    connect(filter, &QAbstractItemModel::modelReset, this, updateCount);
    connect(filter, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(filter, &QAbstractItemModel::layoutChanged, this, updateCount);
    connect(m_loader, &CustomerLoader::olderChanged, this, updateCount);
    updateCount();
}

void HistoryTab::updateView()
{
    m_addNote->setEnabled(!m_loader->details().isEmpty() && !m_busy);
    m_note->setEnabled(!m_loader->details().isEmpty());
}

void HistoryTab::addNote()
{
    const QString text = m_note->text().trimmed();
    if (text.isEmpty()) {
        // Alt+D before typing: the note field has no letter of its own, so go there to write it.
        m_note->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    if (m_busy || m_loader->customerId().isEmpty())
        return;
    m_busy = true;
    updateView();
    m_loader->addNote(text);
}

} // namespace spocs
