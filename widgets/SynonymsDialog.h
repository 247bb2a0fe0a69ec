#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace spocs {

class Connection;
class SynonymSession;

// "Knowledge Synonyms…" (Admin menu): the words the knowledge search treats as one, a group a
// line, its words separated by commas ("bill, invoice"). Save replaces the whole list; the
// search uses it from the next query on.
class SynonymsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SynonymsDialog(Connection *connection, QWidget *parent = nullptr);

    SynonymSession *session() const { return m_session; }

private:
    void updateButtons();

    SynonymSession *m_session = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    bool m_loaded = false;
};

} // namespace spocs
