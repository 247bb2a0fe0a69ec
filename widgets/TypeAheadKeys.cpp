#include "widgets/TypeAheadKeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>

namespace spocs {

TypeAheadKeys::TypeAheadKeys(QLineEdit *edit, QAbstractItemView *view, Search search)
    : QObject(edit)
    , m_edit(edit)
    , m_view(view)
    , m_search(std::move(search))
{
    edit->installEventFilter(this);
    view->installEventFilter(this);
}

bool TypeAheadKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
    if (watched == m_edit) {
        switch (key->key()) {
        case Qt::Key_Down:
            if (rows > 0) {
                m_view->setFocus(Qt::OtherFocusReason);
                if (!m_view->currentIndex().isValid() || m_view->currentIndex().row() >= rows)
                    m_view->setCurrentIndex(m_view->model()->index(0, 0));
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_search.pending()) {
                m_search.searchNow(); // the user is faster than the debounce
                return true;
            }
            if (rows > 0) {
                const QModelIndex current = m_view->currentIndex();
                m_search.activate(current.isValid() ? current.row() : 0);
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!m_edit->text().isEmpty()) {
                m_edit->clear();
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_view && key->key() == Qt::Key_Up && m_view->currentIndex().row() <= 0) {
        m_edit->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

} // namespace spocs
