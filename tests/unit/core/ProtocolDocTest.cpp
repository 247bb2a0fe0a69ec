#include "core/Ops.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

// docs/protocol.md is the contract other clients rely on. These tests keep it whole: every op the
// dispatcher knows is in its op index with the roles the dispatcher enforces and has a JSON example,
// and every event kind declared in core/Ops.h is in its event table.
using namespace spocs;

namespace {

QString readSource(const QString &relativePath)
{
    QFile file(QStringLiteral(SPOCS_SOURCE_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot read " << file.fileName().toStdString();
    return QString::fromUtf8(file.readAll());
}

// The text of one "## " section, from its heading to the next one.
QString section(const QString &doc, const QString &heading)
{
    const qsizetype begin = doc.indexOf(u'\n' + heading + u'\n');
    EXPECT_GE(begin, 0) << "docs/protocol.md has no section " << heading.toStdString();
    const qsizetype end = doc.indexOf(QStringLiteral("\n## "), begin + 1);
    return doc.mid(begin, end < 0 ? -1 : end - begin);
}

// The cells of the table row whose first cell is `name` in backticks, without the first cell.
QStringList tableRow(const QString &doc, const QString &name)
{
    const QString start = QStringLiteral("| `%1` |").arg(name);
    for (const QString &line : doc.split(u'\n')) {
        if (!line.startsWith(start))
            continue;
        QStringList cells = line.mid(start.size()).split(u'|');
        for (QString &cell : cells)
            cell = cell.trimmed();
        return cells;
    }
    return {};
}

QString rolesText(const OpInfo &info)
{
    if (!info.needsSession)
        return QStringLiteral("anyone, before hello");
    QStringList names;
    for (Role role : { Role::Agent, Role::Expert, Role::Lead, Role::Admin, Role::Integration }) {
        if (info.roles.testFlag(role))
            names.append(roleName(role));
    }
    return names.join(QStringLiteral(", "));
}

// The names declared in one namespace of core/Ops.h (`inline constexpr char16_t X[] = u"name";`).
QStringList declaredNames(const QString &ns)
{
    const QString header = readSource(QStringLiteral("core/Ops.h"));
    const qsizetype begin = header.indexOf(QStringLiteral("namespace %1 {").arg(ns));
    const qsizetype end = header.indexOf(QStringLiteral("} // namespace %1").arg(ns), begin);
    EXPECT_GE(begin, 0);
    EXPECT_GT(end, begin);
    QStringList names;
    static const QRegularExpression constant(QStringLiteral(R"re(char16_t \w+\[\] = u"([^"]+)")re"));
    for (auto it = constant.globalMatch(header.mid(begin, end - begin)); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

} // namespace

TEST(ProtocolDoc, EveryOpIsIndexedWithTheRolesTheDispatcherEnforces)
{
    const QString index = section(readSource(QStringLiteral("docs/protocol.md")), QStringLiteral("## Ops"));
    for (const OpInfo &info : allOps()) {
        const QString op = QString::fromUtf16(info.name);
        const QStringList cells = tableRow(index, op);
        ASSERT_GE(cells.size(), 3) << op.toStdString() << " is missing from the op index of docs/protocol.md";
        EXPECT_EQ(cells.at(1), rolesText(info)) << op.toStdString();
        EXPECT_EQ(cells.at(2), info.isWrite ? QStringLiteral("write") : QStringLiteral("read")) << op.toStdString();
    }
}

TEST(ProtocolDoc, EveryOpHasAJsonExample)
{
    const QString doc = readSource(QStringLiteral("docs/protocol.md"));
    for (const OpInfo &info : allOps()) {
        const QString op = QString::fromUtf16(info.name);
        EXPECT_TRUE(doc.contains(QStringLiteral("\"op\":\"%1\"").arg(op)))
            << op.toStdString() << " has no JSON example in docs/protocol.md";
    }
}

TEST(ProtocolDoc, EveryEventIsInTheEventTable)
{
    const QString table = section(readSource(QStringLiteral("docs/protocol.md")), QStringLiteral("## Events"));
    const QStringList events = declaredNames(QStringLiteral("event"));
    EXPECT_GE(events.size(), 20);
    for (const QString &kind : events) {
        const QStringList cells = tableRow(table, kind);
        ASSERT_GE(cells.size(), 2) << kind.toStdString() << " is missing from the event table of docs/protocol.md";
        EXPECT_FALSE(cells.at(0).isEmpty()) << kind.toStdString() << ": which topics?";
    }
}

// An op constant without a row in the table would be refused as unknown by the dispatcher.
TEST(ProtocolDoc, EveryOpConstantIsInTheOpTable)
{
    QStringList table;
    for (const OpInfo &info : allOps())
        table.append(QString::fromUtf16(info.name));
    for (const QString &op : declaredNames(QStringLiteral("op")))
        EXPECT_TRUE(table.contains(op)) << op.toStdString()
                                        << " is declared in core/Ops.h but not listed in core/Ops.cpp";
}

// The visitor endpoint's ops have their own table (coordinator/visitors/VisitorOps.h) and their
// own section: each one is in its op table there and has a JSON example.
TEST(ProtocolDoc, EveryVisitorOpIsDocumentedWithAnExample)
{
    const QString header = readSource(QStringLiteral("coordinator/visitors/VisitorOps.h"));
    const qsizetype begin = header.indexOf(QStringLiteral("namespace visitorop {"));
    const qsizetype end = header.indexOf(QStringLiteral("} // namespace visitorop"), begin);
    ASSERT_GE(begin, 0);
    static const QRegularExpression constant(QStringLiteral(R"re(char16_t \w+\[\] = u"([^"]+)")re"));
    const QString visitors
        = section(readSource(QStringLiteral("docs/protocol.md")), QStringLiteral("## Visitor endpoint"));
    int count = 0;
    for (auto it = constant.globalMatch(header.mid(begin, end - begin)); it.hasNext(); ++count) {
        const QString op = it.next().captured(1);
        EXPECT_GE(tableRow(visitors, op).size(), 2) << op.toStdString() << " is missing from the visitor op table";
        EXPECT_TRUE(visitors.contains(QStringLiteral("\"op\":\"%1\"").arg(op)))
            << op.toStdString() << " has no JSON example in the visitor section";
    }
    EXPECT_GE(count, 15);
}

// Code and docs speak of the domain; the history of how a feature arrived belongs in git.
TEST(ProtocolDoc, NoSourceOrDocNamesAnIssueNumber)
{
    const QRegularExpression issue(QStringLiteral("\\bissue ?#?") + QStringLiteral("[0-9]+"),
                                   QRegularExpression::CaseInsensitiveOption);
    QStringList offenders;
    const QStringList folders { QStringLiteral("core"),     QStringLiteral("coordinator"), QStringLiteral("client"),
                                QStringLiteral("models"),   QStringLiteral("widgets"),     QStringLiteral("app"),
                                QStringLiteral("docs"),     QStringLiteral("tests"),       QStringLiteral("scripts"),
                                QStringLiteral("packaging") };
    const QStringList filters { QStringLiteral("*.cpp"), QStringLiteral("*.h"),   QStringLiteral("*.md"),
                                QStringLiteral("*.sql"), QStringLiteral("*.txt"), QStringLiteral("*.cmake") };
    for (const QString &folder : folders) {
        QDirIterator it(QStringLiteral(SPOCS_SOURCE_DIR "/") + folder, filters, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && issue.match(QString::fromUtf8(file.readAll())).hasMatch())
                offenders.append(path.mid(qsizetype(sizeof(SPOCS_SOURCE_DIR))));
        }
    }
    for (const QString &top : { QStringLiteral("README.md"), QStringLiteral("CONTRIBUTING.md") }) {
        if (issue.match(readSource(top)).hasMatch())
            offenders.append(top);
    }
    EXPECT_TRUE(offenders.isEmpty()) << offenders.join(QStringLiteral(", ")).toStdString();
}
