#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace spocs {

// "Did not help": asks what was missing (optional) before the feedback is sent.
class FeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FeedbackDialog(const QString &articleTitle, QWidget *parent = nullptr);

    QString comment() const;

private:
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace spocs
