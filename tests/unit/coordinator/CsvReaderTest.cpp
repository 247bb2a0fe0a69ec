#include "coordinator/importing/CsvReader.h"

#include <gtest/gtest.h>

using namespace spocs;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QList<CsvReader::Record> readAll(const QByteArray &data)
{
    CsvReader reader(data);
    QList<CsvReader::Record> out;
    CsvReader::Record r;
    while (reader.next(r))
        out.append(r);
    return out;
}

} // namespace

TEST(CsvReader, QuotedFieldsKeepCommasQuotesAndLineBreaks)
{
    const auto records = readAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n");
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].fields, list({ "a", "b", "c" }));
    EXPECT_EQ(records[1].fields, list({ "x, y", "say \"hi\"", "two\r\nlines" }));
    EXPECT_TRUE(records[1].error.isEmpty());
    EXPECT_EQ(records[1].line, 2);
    // The record after a quoted line break starts on line 4.
    EXPECT_EQ(records[2].line, 4);
    EXPECT_EQ(records[2].fields, list({ "last", "", "" }));
}

TEST(CsvReader, ByteOrderMarkIsSkippedAndUtf8Decoded)
{
    const auto records = readAll("\xEF\xBB\xBFname\nFran\xC3\xA7ois Tremblay\nBj\xC3\xB8rn Hansen");
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].fields, list({ "name" }));
    EXPECT_EQ(records[1].fields.first(), QString::fromUtf8("François Tremblay"));
    EXPECT_EQ(records[2].fields.first(), QString::fromUtf8("Bjørn Hansen"));
    EXPECT_TRUE(records[2].error.isEmpty()) << "no line end after the last record is fine";
}

TEST(CsvReader, InvalidUtf8IsAnErrorOnItsLine)
{
    const auto records = readAll("name\nok\nbad \xC3\x28 byte\nalso ok\n");
    ASSERT_EQ(records.size(), 4);
    EXPECT_TRUE(records[1].error.isEmpty());
    EXPECT_EQ(records[2].line, 3);
    EXPECT_EQ(records[2].error, QStringLiteral("invalid UTF-8"));
    EXPECT_TRUE(records[3].error.isEmpty());
    EXPECT_EQ(records[3].fields.first(), QStringLiteral("also ok"));
}

TEST(CsvReader, OverlongAndSurrogateEncodingsAreInvalid)
{
    // Overlong "/" and an encoded UTF-16 surrogate: both must not decode.
    const auto records = readAll("a\n\xC0\xAF\n\xED\xA0\x80\n");
    ASSERT_EQ(records.size(), 3);
    EXPECT_FALSE(records[1].error.isEmpty());
    EXPECT_FALSE(records[2].error.isEmpty());
}

TEST(CsvReader, StrayQuotesAreReportedAndReadingGoesOn)
{
    const auto records = readAll("a,b\nab\"c,d\n\"x\"y,z\nfine,row\n");
    ASSERT_EQ(records.size(), 4);
    EXPECT_TRUE(records[1].error.contains(QStringLiteral("quote")));
    EXPECT_TRUE(records[2].error.contains(QStringLiteral("closing quote")));
    EXPECT_TRUE(records[3].error.isEmpty());
    EXPECT_EQ(records[3].line, 4);
}

TEST(CsvReader, UnterminatedQuoteAtTheEndIsAnError)
{
    const auto records = readAll("a\n\"open field\nnever closed\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_TRUE(records[1].error.contains(QStringLiteral("not closed")));
}

TEST(CsvReader, BlankLinesAreSkippedButCountedAndCrOnlyLineEndsWork)
{
    const auto records = readAll("a\n\n\nb\rc\r\n");
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[1].line, 4);
    EXPECT_EQ(records[1].fields, list({ "b" }));
    EXPECT_EQ(records[2].fields, list({ "c" }));
    EXPECT_TRUE(readAll("").isEmpty());
    EXPECT_TRUE(readAll("\xEF\xBB\xBF").isEmpty());
}

TEST(CsvReader, EmptyQuotedFieldIsEmptyString)
{
    const auto records = readAll("\"\",\"\",x\n");
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields, list({ "", "", "x" }));
    EXPECT_TRUE(records[0].error.isEmpty());
}
