#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;

namespace spocs {

class OutboxModel;

// Lists the writes in the offline outbox: what waits to be sent, and what the coordinator
// refused with why and what the agent can do about it (reapply or discard).
class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutboxDialog(OutboxModel *model, QWidget *parent = nullptr);

    QString detailText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elideNote();
    void updateDetail();
    void selectFirstRefused();
    int currentRow() const;

    OutboxModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_note = nullptr;
    QString m_noteText; // the selected write's note, whole
    QPushButton *m_reapply = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace spocs
