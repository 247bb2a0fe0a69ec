#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace spocs {

class ActiveContact;
class ContactSession;
class ConversationSession;
class ConversationView;

// The contact being worked on: customer, channel, state and time on the contact, the tasks
// (tick to resolve, add one by kind), the rep's notes, the participants, and the button to
// close it. Task and notes writes go through the ContactSession; the view follows the
// server's answer and contact.updated events (through ActiveContact).
class ContactPanel : public QWidget
{
    Q_OBJECT

public:
    // With a conversation session, e-mail and chat contacts show their messages and a composer.
    explicit ContactPanel(ContactSession *session, ConversationSession *conversation = nullptr,
                          QWidget *parent = nullptr);

    QPlainTextEdit *notesEdit() const { return m_notes; }
    ConversationView *conversationView() const { return m_conversation; }

    // contact.task.add for the current contact.
    void addTask(const QString &kind);
    // Shows the kinds menu under the add button (Ctrl+Alt+T).
    void popupTaskMenu();
    void saveNotes();
    // The switcher lists this user's open contacts (id, text).
    void setOpenContacts(const QList<QPair<qint64, QString>> &contacts);
    // Turns reason codes into labels (the reason tree knows them); default: the codes.
    void setReasonLabeler(std::function<QString(const QString &)> labeler) { m_labeler = std::move(labeler); }

Q_SIGNALS:
    void closeRequested();
    void switchRequested(qint64 contactId);
    void openCustomerRequested(const QString &customerId);
    void notice(const QString &text);

private:
    void refresh();
    void updateClock();
    void resolveTask(qint64 taskId);
    void showError(const QString &text);

    ContactSession *m_session = nullptr;
    ActiveContact *m_contact = nullptr; // the session's current contact
    QComboBox *m_switcher = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_clock = nullptr;
    QToolButton *m_addTask = nullptr;
    QMenu *m_taskMenu = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_saveNotes = nullptr;
    QLabel *m_participantsLabel = nullptr;
    QListWidget *m_participants = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_body = nullptr;
    ConversationView *m_conversation = nullptr;
    QTimer *m_clockTimer = nullptr;
    bool m_notesDirty = false;
    bool m_savingNotes = false;
    std::function<QString(const QString &)> m_labeler;
};

} // namespace spocs
