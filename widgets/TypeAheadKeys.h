#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;
class QLineEdit;

namespace spocs {

// The keyboard of a type-ahead search (a line edit above a result list): Down moves into the
// list, Enter searches at once while the debounce still waits or opens the current (else the
// first) row, Escape clears the text, Up from the first row goes back to typing. Shared by the
// customer search, the knowledge panel and the consult panel's expert finder.
class TypeAheadKeys : public QObject
{
    Q_OBJECT

public:
    struct Search
    {
        std::function<bool()> pending; // typed text not searched yet
        std::function<void()> searchNow;
        std::function<void(int row)> activate;
    };

    // Filters the keys of edit and view; a child of edit.
    TypeAheadKeys(QLineEdit *edit, QAbstractItemView *view, Search search);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QAbstractItemView *m_view;
    Search m_search;
};

} // namespace spocs
