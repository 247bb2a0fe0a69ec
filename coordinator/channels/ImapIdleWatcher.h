#pragma once

#include "coordinator/channels/MailSettings.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QSslSocket;
class QTimer;

namespace spocs {

// Tells the mailbox poller at once when new mail arrives, where the server offers IMAP IDLE
// (RFC 2177). libcurl, which reads and marks the messages, cannot idle; this keeps one more
// connection that only logs in, selects the folder and waits: an untagged EXISTS wakes the
// poller. Without IDLE, or while this connection is down, the poller's interval still holds,
// so nothing depends on it. It re-idles every 25 minutes (servers drop idle clients after 30)
// and reconnects after an error. Lives on the mail worker thread.
class ImapIdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ImapIdleWatcher(MailboxSettings mailbox, QObject *parent = nullptr);
    ~ImapIdleWatcher() override;

    void start();
    bool isIdling() const { return m_state == State::Idling; }

Q_SIGNALS:
    // Something changed in the folder: poll now.
    void mailboxChanged();

private:
    enum class State { Off, Greeting, StartTls, Capability, Login, Select, Idling, Done, Unsupported };

    void connectToServer();
    void onReadyRead();
    void onLine(const QByteArray &line);
    void send(const QByteArray &command);
    void fail(const QString &why);
    static QByteArray quoted(const QString &text);

    MailboxSettings m_mailbox;
    QSslSocket *m_socket = nullptr;
    QTimer *m_reidle = nullptr;
    QTimer *m_retry = nullptr;
    QByteArray m_buffer;
    QByteArray m_tag;
    int m_tagCounter = 0;
    State m_state = State::Off;
    bool m_hasIdle = false;
};

} // namespace spocs
