#pragma once

#include "client/Reply.h"

#include <QList>
#include <QTest>

namespace spocs::test {

// Collects the replies one handler received.
struct Replies
{
    QList<Reply> list;
    ReplyHandler handler()
    {
        return [this](const Reply &r) {
            list.append(r);
        };
    }
    // Generous: these machines are slow and shared. Nothing waits for a tight timing.
    bool waitForCount(int n, int timeoutMs = 15000) const
    {
        return QTest::qWaitFor([&] { return list.size() >= n; }, timeoutMs);
    }
};

} // namespace spocs::test
