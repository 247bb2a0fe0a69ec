#include "models/CustomerSearchModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace spocs;

namespace {
QJsonObject customer(const QString &id, const QString &name, const QString &company = {})
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("company"), company },
        { QStringLiteral("email"), QStringLiteral("x@example.de") },
        { QStringLiteral("phone"), QStringLiteral("+49 30 1234567") },
        { QStringLiteral("account"), QString(QStringLiteral("A-") + id.mid(2)) },
        { QStringLiteral("owner"),
          QJsonObject { { QStringLiteral("id"), 3 },
                        { QStringLiteral("login"), QStringLiteral("agent3") },
                        { QStringLiteral("name"), QStringLiteral("Agent Three") } } },
        { QStringLiteral("match"), QStringLiteral("name") },
    };
}

QJsonObject answer(const QJsonArray &items, int total = -1)
{
    return QJsonObject { { QStringLiteral("items"), items },
                         { QStringLiteral("total"), total < 0 ? items.size() : total } };
}
} // namespace

TEST(CustomerSearchModel, PassesModelTester)
{
    CustomerSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(QJsonArray { customer(QStringLiteral("C-1042"), QStringLiteral("Jürgen Müller")),
                                  customer(QStringLiteral("C-1043"), QStringLiteral("Anna Schmidt")) });
    model.setResults(QJsonArray {});
    model.setResults(QJsonArray { customer(QStringLiteral("C-1"), QStringLiteral("A")) });
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CustomerSearchModel, ExposesColumnsAndRoles)
{
    CustomerSearchModel model;
    model.setResults(QJsonArray { customer(QStringLiteral("C-1042"), QStringLiteral("Jürgen Müller"),
                                           QStringLiteral("Müller GmbH")) },
                     7);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.columnCount(), int(CustomerSearchModel::ColumnCount));
    EXPECT_EQ(model.total(), 7);
    EXPECT_EQ(model.index(0, CustomerSearchModel::NameColumn).data().toString(), QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(model.index(0, CustomerSearchModel::CompanyColumn).data().toString(), QStringLiteral("Müller GmbH"));
    EXPECT_EQ(model.index(0, CustomerSearchModel::AccountColumn).data().toString(), QStringLiteral("A-1042"));
    EXPECT_EQ(model.index(0, CustomerSearchModel::OwnerColumn).data().toString(), QStringLiteral("Agent Three"));
    EXPECT_EQ(model.index(0, 0).data(CustomerSearchModel::IdRole).toString(), QStringLiteral("C-1042"));
    EXPECT_EQ(model.index(0, 0).data(CustomerSearchModel::EmailRole).toString(), QStringLiteral("x@example.de"));
    EXPECT_EQ(model.customerIdAt(0), QStringLiteral("C-1042"));
    EXPECT_TRUE(model.customerIdAt(5).isEmpty());
    EXPECT_FALSE(model.headerData(0, Qt::Horizontal).toString().isEmpty());
}

TEST(CustomerSearchModel, MissingFieldsReadAsEmpty)
{
    CustomerSearchModel model;
    model.setResults(QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("C-9") } } });
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.index(0, CustomerSearchModel::NameColumn).data().toString().isEmpty());
    EXPECT_TRUE(model.index(0, CustomerSearchModel::OwnerColumn).data().toString().isEmpty());
}

TEST(CustomerSearchModel, NewAnswerReplacesResults)
{
    CustomerSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy replaced(&model, &CustomerSearchModel::resultsReplaced);

    const quint64 first = model.beginQuery(QStringLiteral("mü"));
    EXPECT_TRUE(model.isBusy());
    EXPECT_TRUE(model.applyAnswer(first,
                                  answer({ customer(QStringLiteral("C-1"), QStringLiteral("Müller")),
                                           customer(QStringLiteral("C-2"), QStringLiteral("Münz")) })));
    EXPECT_FALSE(model.isBusy());
    EXPECT_EQ(model.rowCount(), 2);

    const quint64 second = model.beginQuery(QStringLiteral("mül"));
    EXPECT_TRUE(model.applyAnswer(second, answer({ customer(QStringLiteral("C-1"), QStringLiteral("Müller")) })));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.customerIdAt(0), QStringLiteral("C-1"));
    EXPECT_EQ(replaced.count(), 2);
}

TEST(CustomerSearchModel, StaleAnswersAreDropped)
{
    CustomerSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const quint64 older = model.beginQuery(QStringLiteral("a"));
    const quint64 newer = model.beginQuery(QStringLiteral("ab"));
    ASSERT_NE(older, newer);

    // The newer answer arrives first, then the older one: the older must not win.
    EXPECT_TRUE(model.applyAnswer(newer, answer({ customer(QStringLiteral("C-2"), QStringLiteral("Abel")) })));
    EXPECT_FALSE(model.applyAnswer(older,
                                   answer({ customer(QStringLiteral("C-1"), QStringLiteral("Adam")),
                                            customer(QStringLiteral("C-3"), QStringLiteral("Anna")) })));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.customerIdAt(0), QStringLiteral("C-2"));
    // A stale error is dropped too.
    QSignalSpy failed(&model, &CustomerSearchModel::searchFailed);
    EXPECT_FALSE(model.applyError(older, makeError(ErrorCode::Timeout, QStringLiteral("late"))));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(CustomerSearchModel, ErrorClearsResultsAndIsReported)
{
    CustomerSearchModel model;
    model.setResults(QJsonArray { customer(QStringLiteral("C-1"), QStringLiteral("Adam")) });
    QSignalSpy failed(&model, &CustomerSearchModel::searchFailed);
    const quint64 gen = model.beginQuery(QStringLiteral("x"));
    EXPECT_TRUE(model.applyError(gen, makeError(ErrorCode::Forbidden, QStringLiteral("no"))));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, ErrorCode::Forbidden);
    EXPECT_FALSE(model.isBusy());
}

TEST(CustomerSearchModel, BlankQueryClearsAndDropsAnswerInFlight)
{
    CustomerSearchModel model;
    const quint64 gen = model.beginQuery(QStringLiteral("mü"));
    model.setQuery(QStringLiteral("   "));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.isBusy());
    EXPECT_FALSE(model.applyAnswer(gen, answer({ customer(QStringLiteral("C-1"), QStringLiteral("Müller")) })));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CustomerSearchModel, TypingIsDebouncedIntoOneQuery)
{
    // Without a connection a query fails at once with "unavailable"; count the attempts.
    CustomerSearchModel model;
    model.setDebounceInterval(50);
    QSignalSpy failed(&model, &CustomerSearchModel::searchFailed);
    model.setQuery(QStringLiteral("m"));
    model.setQuery(QStringLiteral("mü"));
    model.setQuery(QStringLiteral("mül"));
    EXPECT_TRUE(model.hasPendingQuery());
    EXPECT_EQ(failed.count(), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return failed.count() > 0; }, 5000));
    QTest::qWait(150);
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, ErrorCode::Unavailable);
    EXPECT_EQ(model.query(), QStringLiteral("mül"));
}
