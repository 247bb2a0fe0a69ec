// Every wire error code reaches the user as its own message, never as "unknown error".
#include "widgets/ErrorText.h"
#include "core/ErrorCode.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace spocs;

TEST(ErrorText, EveryErrorCodeHasItsOwnMessage)
{
    const QString unknown = errorText(ErrorCode(-1));
    QSet<QString> messages;
    for (ErrorCode code : allErrorCodes()) {
        const QString text = errorText(code);
        EXPECT_NE(text, unknown) << qPrintable(errorCodeName(code)) << " has no message";
        messages.insert(text);
    }
    EXPECT_EQ(messages.size(), qsizetype(allErrorCodes().size())) << "two codes share a message";
}
