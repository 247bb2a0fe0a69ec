#pragma once

#include <QPointer>
#include <QToolButton>

class QAction;

namespace spocs {

class OutboxDialog;
class OutboxModel;

// Status-bar piece beside the connection state: "2 changes waiting to be sent", or "1
// change refused" when the coordinator turned one down; hidden when the outbox is empty.
// Clicking it (or Ctrl+Alt+P) opens the review of unsent changes.
class OutboxIndicator : public QToolButton
{
    Q_OBJECT

public:
    explicit OutboxIndicator(OutboxModel *model, QWidget *parent = nullptr);

    QAction *reviewAction() const { return m_review; }
    OutboxDialog *dialog() const; // the open review, if any
    void showReview();

private:
    void updateText();

    OutboxModel *m_model = nullptr;
    QAction *m_review = nullptr;
    QPointer<OutboxDialog> m_dialog;
};

} // namespace spocs
