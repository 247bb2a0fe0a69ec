#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace spocs {

class CustomerLoader;
class HistoryFilterModel;

// Customer page, section 5: the timeline, filterable by type and text, and a note field.
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryTab(CustomerLoader *loader, QWidget *parent = nullptr);

    HistoryFilterModel *filterModel() const { return m_filter; }
    QComboBox *typeFilter() const { return m_type; }
    void addNote();
    void updateView();

Q_SIGNALS:
    void message(const QString &text);

private:
    CustomerLoader *m_loader = nullptr;
    HistoryFilterModel *m_filter = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_text = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_addNote = nullptr;
    QLabel *m_count = nullptr;
    bool m_busy = false;
};

} // namespace spocs
