#include "coordinator/channels/InboundMail.h"

namespace spocs {

bool InboundMail::isAutomated(const QString &autoSubmitted, const QString &precedence, bool fromList,
                              const QString &fromAddress)
{
    const QString submitted = autoSubmitted.trimmed().toLower();
    const QString bulk = precedence.trimmed().toLower();
    return (!submitted.isEmpty() && submitted != u"no") || bulk == u"bulk" || bulk == u"list" || bulk == u"junk"
        || fromList || fromAddress.toLower().startsWith(QStringLiteral("mailer-daemon@"));
}

bool InboundMail::isAutomated(const QString &headers, const QString &fromAddress)
{
    QString autoSubmitted;
    QString precedence;
    bool fromList = false;
    QString *current = nullptr; // the header a folded line continues
    for (QString line : headers.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.isEmpty() && (line.front() == u' ' || line.front() == u'\t')) {
            if (current)
                current->append(line);
            continue;
        }
        current = nullptr;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString name = line.left(colon).trimmed();
        // The first of each, as the parser reads them.
        QString *target = name.compare(u"Auto-Submitted", Qt::CaseInsensitive) == 0 ? &autoSubmitted
            : name.compare(u"Precedence", Qt::CaseInsensitive) == 0                 ? &precedence
                                                                                    : nullptr;
        if (name.compare(u"List-Id", Qt::CaseInsensitive) == 0)
            fromList = true;
        if (target && target->isNull()) {
            *target = line.mid(colon + 1);
            current = target;
        }
    }
    return isAutomated(autoSubmitted, precedence, fromList, fromAddress);
}

} // namespace spocs
