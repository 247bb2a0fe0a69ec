#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace spocs {

class CoordinatorServer;
class MailSender;

// One-time survey links: when an e-mail or phone contact closes, its customer gets a mail with
// <public_url>/survey?t=TOKEN (only with SMTP configured and an address to write to). The token is
// 256 random bits, stored as its SHA-256, good for 14 days and one answer; the survey page answers
// through survey.get / survey.answer on the visitor endpoint.
class SurveyLinks : public QObject
{
    Q_OBJECT

public:
    // `publicUrl`: asked when a link is made (the web endpoint knows its port only once it listens).
    SurveyLinks(CoordinatorServer &server, MailSender *sender, std::function<QString()> publicUrl,
                QObject *parent = nullptr);

    // contact.updated of a contact that is now closed: sends its link once, when it qualifies.
    void contactClosed(const QJsonObject &contact);

    // survey.get: {channel, agent, date, answered}; not_found for an unknown or expired token.
    Result<QJsonObject> describe(const QString &token);
    // survey.answer inside the caller's write: stores the CSAT and publishes survey.recorded;
    // invalid_state when the link was used already.
    Result<void> answer(const QString &token, int score, const QString &comment);

    // Inside a write: drops links past their expiry (used or not: either way they only answer
    // not_found now). Returns the rows removed.
    Result<int> pruneExpired(const QDateTime &now);

    static constexpr int kValidDays = 14;

private:
    struct Link
    {
        qint64 contactId = 0;
        bool used = false;
    };
    Result<Link> link(const QString &token);
    // Inside a write: the token for this contact, or nothing when it has one already.
    Result<std::optional<QString>> issue(qint64 contactId);

    CoordinatorServer &m_server;
    MailSender *m_sender;
    std::function<QString()> m_publicUrl;
};

} // namespace spocs
