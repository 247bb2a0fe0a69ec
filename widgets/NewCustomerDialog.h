#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class QWidget;

namespace spocs {

class Connection;
class NewCustomerSession;

// New Customer (Ctrl+Shift+N in the customer search): name, company, e-mail, phone, address,
// language and preferred channel, prefilled with what was searched for. When someone with the
// same e-mail address or phone number exists, the dialog lists them to open instead, or
// creates the customer anyway. customerChosen names the new customer or the one to open.
class NewCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    NewCustomerDialog(Connection *connection, const QString &searchText, QWidget *parent = nullptr);

    NewCustomerSession *session() const { return m_session; }
    QString errorMessage() const;

Q_SIGNALS:
    void customerChosen(const QString &customerId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showProblem(const QString &field, const QString &text);
    void submit(bool force);
    void showDuplicates(int count);
    void showError(const Error &error);
    void openSelected();
    void updateButtons();

    NewCustomerSession *m_session;
    QHash<QString, QLineEdit *> m_edits; // by wire field: name, company, email, phone, street, ...
    QHash<QString, QLabel *> m_problems; // what is wrong with each of them, under it
    QComboBox *m_channel = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_duplicates = nullptr;
    QLabel *m_duplicatesLabel = nullptr;
    QTreeView *m_candidates = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_createAnyway = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace spocs
