#include "widgets/Layouts.h"

#include <QHBoxLayout>
#include <QSplitter>
#include <QVBoxLayout>

namespace spocs {

QHBoxLayout *makeButtonRow(std::initializer_list<QWidget *> start, std::initializer_list<QWidget *> end)
{
    auto *row = new QHBoxLayout;
    for (QWidget *widget : start)
        row->addWidget(widget);
    row->addStretch(1);
    for (QWidget *widget : end)
        row->addWidget(widget);
    return row;
}

QSplitter *makeSplitter(Qt::Orientation orientation, const QString &objectName, std::initializer_list<QWidget *> panes,
                        QWidget *parent)
{
    auto *splitter = new QSplitter(orientation, parent);
    if (!objectName.isEmpty())
        splitter->setObjectName(objectName);
    for (QWidget *pane : panes)
        splitter->addWidget(pane);
    return splitter;
}

namespace {
void addItems(QBoxLayout *layout, std::initializer_list<StackItem> items)
{
    for (const StackItem &item : items) {
        if (item.layout)
            layout->addLayout(item.layout, item.stretch);
        else if (item.widget)
            layout->addWidget(item.widget, item.stretch);
        else
            layout->addStretch(item.stretch);
    }
}
} // namespace

QHBoxLayout *makeRow(std::initializer_list<StackItem> items)
{
    auto *row = new QHBoxLayout;
    addItems(row, items);
    return row;
}

QVBoxLayout *stackWithMargins(QWidget *widget, std::initializer_list<StackItem> items)
{
    auto *layout = new QVBoxLayout(widget);
    addItems(layout, items);
    return layout;
}

QVBoxLayout *stackWithoutMargins(QWidget *widget, std::initializer_list<StackItem> items)
{
    QVBoxLayout *layout = stackWithMargins(widget, items);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace spocs
