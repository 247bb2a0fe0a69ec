#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace spocs {

class CustomerLoader;

// Customer page, section 5: the timeline, filterable by type and text, and a note field.
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryTab(CustomerLoader *loader, QWidget *parent = nullptr);

    void addNote();
    void updateView();

Q_SIGNALS:
    void message(const QString &text);

private:
    CustomerLoader *m_loader = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_addNote = nullptr;
    bool m_busy = false;
};

} // namespace spocs
