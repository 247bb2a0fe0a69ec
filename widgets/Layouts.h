#pragma once

#include <QString>
#include <Qt>

#include <initializer_list>

class QHBoxLayout;
class QLayout;
class QSplitter;
class QVBoxLayout;
class QWidget;

namespace spocs {

// A row of controls (a label and its buttons, a panel's actions): `start` at its start, `end` at
// its end, the room between them left empty. The caller adds the row to its layout.
QHBoxLayout *makeButtonRow(std::initializer_list<QWidget *> start, std::initializer_list<QWidget *> end = {});

// A splitter with panes in order, named for tests when objectName is not empty. Callers set what
// differs (stretch factors, collapsing).
QSplitter *makeSplitter(Qt::Orientation orientation, const QString &objectName, std::initializer_list<QWidget *> panes,
                        QWidget *parent);

// One item of a stack or a row: a widget or a layout (a form, a row of buttons), each with its stretch, or
// empty room that takes the stretch (a spacer).
struct StackItem
{
    StackItem(QWidget *widget, int stretch = 0)
        : widget(widget)
        , stretch(stretch)
    { }
    StackItem(QLayout *layout, int stretch = 0)
        : layout(layout)
        , stretch(stretch)
    { }
    static StackItem spacer(int stretch) { return StackItem(static_cast<QWidget *>(nullptr), stretch); }

    QWidget *widget = nullptr;
    QLayout *layout = nullptr;
    int stretch = 0;
};

// A row of items from start to end (a status line and its buttons, a field and its button). The
// caller adds the row to its layout.
QHBoxLayout *makeRow(std::initializer_list<StackItem> items);

// Gives widget (a dialog, a tab) a vertical layout with items from top to bottom.
QVBoxLayout *stackWithMargins(QWidget *widget, std::initializer_list<StackItem> items);

// The same without margins of its own: the widget is one pane of a splitter or a part of a page
// that has them.
QVBoxLayout *stackWithoutMargins(QWidget *widget, std::initializer_list<StackItem> items);

} // namespace spocs
