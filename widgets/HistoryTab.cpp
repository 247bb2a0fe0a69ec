#include "widgets/HistoryTab.h"

#include "models/CustomerHistoryModel.h"
#include "models/CustomerLoader.h"
#include "widgets/DesktopLog.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/WidgetNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace spocs {

HistoryTab::HistoryTab(CustomerLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_filter(new HistoryFilterModel(this))
{
    setObjectName(QStringLiteral("historyTab"));
    m_filter->setSourceModel(loader->historyModel());

    m_type = new QComboBox(this);
    setNames(m_type, QStringLiteral("historyTypeFilter"), tr("Show history of type"));
    m_type->addItem(tr("All types"), QString());
    for (const QString &t : CustomerHistoryModel::knownTypes())
        m_type->addItem(CustomerHistoryModel::typeText(t), t);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTypeFilter(m_type->currentData().toString()); });
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("historyTextFilter"));
    m_text->setPlaceholderText(tr("Filter by text, author or reference…"));
    m_text->setAccessibleName(tr("Filter history by text"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, m_filter, &HistoryFilterModel::setTextFilter);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCountLabel"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_count);

    m_view = makeRecordTree(m_filter, QStringLiteral("historyView"), tr("Customer history"), this);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    for (int c : { int(CustomerHistoryModel::TimeColumn), int(CustomerHistoryModel::TypeColumn),
                   int(CustomerHistoryModel::AuthorColumn), int(CustomerHistoryModel::RefColumn) })
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CustomerHistoryModel::TextColumn, QHeaderView::Stretch);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Add a note for everyone who works with this customer…"));
    m_note->setAccessibleName(tr("New note"));
    m_note->setMaxLength(4000);
    m_addNote = new QPushButton(tr("Add &Note"), this);
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
        Q_EMIT message(tr("Note saved on this computer; it will be sent as soon as the connection is back."));
    });
    connect(m_loader, &CustomerLoader::noteFailed, this, [this](const Error &error) {
        m_busy = false;
        updateView();
        qCInfo(lcDesktop) << "customer.note.add failed:" << errorCodeName(error.code);
        Q_EMIT message(errorDetailText(error));
    });
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(noteRow);

    auto updateCount = [this] {
        m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_loader->historyModel()->rowCount()));
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, updateCount);
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
    if (text.isEmpty() || m_busy || m_loader->customerId().isEmpty())
        return;
    m_busy = true;
    updateView();
    m_loader->addNote(text);
}

} // namespace spocs
