// The desktop ships German beside English: every string lupdate finds must have a German
// translation that keeps its placeholders, so a new dialog cannot land half in English.

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList forms;
};

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.isEmpty() ? QStringLiteral("none") : list.join(QLatin1Char(' '));
}

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translation = xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform")
                    message.forms << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement(); // location, comment, extracomment
        }
    }
    return message;
}

QList<Message> readMessages(QIODevice *device, QString *error)
{
    QList<Message> messages;
    QXmlStreamReader xml(device);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    messages << readMessage(xml, context);
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    else if (messages.isEmpty())
        *error = QStringLiteral("no <TS> with messages");
    return messages;
}

// One line per message a German user would see in English, or with a wrong value in it.
QStringList problems(const QList<Message> &messages)
{
    QStringList found;
    for (const Message &message : messages) {
        if (message.type == u"vanished" || message.type == u"obsolete")
            continue; // no longer in the sources, never shown
        const QString where = QStringLiteral("%1: \"%2\": ").arg(message.context, message.source);
        if (message.type == u"unfinished") {
            found << where + QStringLiteral("unfinished");
            continue;
        }
        const QStringList texts = message.numerus ? message.forms : QStringList { message.translation };
        if (message.numerus && texts.size() != 2) {
            found << where + QStringLiteral("%1 plural form(s), German needs 2").arg(texts.size());
            continue;
        }
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &text : texts) {
            if (text.trimmed().isEmpty()) {
                found << where + QStringLiteral("empty translation");
            } else if (placeholders(text) != expected) {
                found << where
                        + QStringLiteral("placeholders %1 in \"%2\", the source has %3")
                              .arg(sorted(placeholders(text)), text, sorted(expected));
            }
        }
    }
    return found;
}

QStringList problemsIn(const QByteArray &ts)
{
    QBuffer buffer;
    buffer.setData(ts);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    QStringList found = problems(readMessages(&buffer, &error));
    if (!error.isEmpty())
        found << error;
    return found;
}

QByteArray tsWith(const char *messages)
{
    return QByteArray(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>spocs::Panel</name>
)") + messages
        + "</context>\n</TS>\n";
}

} // namespace

TEST(GermanTranslation, EveryDesktopStringIsTranslatedWithItsPlaceholders)
{
    QFile file(QStringLiteral(SPOCS_SOURCE_DIR "/translations/spocs_de.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    QString error;
    const QList<Message> messages = readMessages(&file, &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_GT(messages.size(), 1000) << "the file lost its messages";
    const QStringList found = problems(messages);
    EXPECT_TRUE(found.isEmpty()) << found.size() << " German message(s) to fix in translations/spocs_de.ts:\n"
                                 << qPrintable(found.join(QLatin1Char('\n')));
}

// English is the source language, so only its plural messages need the English file: without
// their two forms the desktop shows "1 open follow-up(s)".
TEST(EnglishTranslation, EveryPluralHasItsSingularAndPluralForm)
{
    QFile file(QStringLiteral(SPOCS_SOURCE_DIR "/translations/spocs_en.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    QString error;
    const QList<Message> messages = readMessages(&file, &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    QList<Message> plurals;
    for (const Message &message : messages) {
        if (message.numerus && message.type != u"vanished" && message.type != u"obsolete")
            plurals.append(message);
    }
    ASSERT_GT(plurals.size(), 20) << "the file lost its plural messages";
    QStringList found = problems(plurals);
    for (const Message &message : std::as_const(plurals)) {
        for (const QString &form : message.forms) {
            if (form.contains(u"(s)"))
                found << QStringLiteral("%1: \"%2\": \"%3\" still says (s)").arg(message.context, message.source, form);
        }
    }
    EXPECT_TRUE(found.isEmpty()) << found.size() << " English plural(s) to fix in translations/spocs_en.ts:\n"
                                 << qPrintable(found.join(QLatin1Char('\n')));
}

TEST(GermanTranslation, FinishedTranslationWithTheSamePlaceholdersPasses)
{
    EXPECT_EQ(problemsIn(tsWith(R"(
    <message>
        <source>Invoice %1 is %2; open amount %L3.</source>
        <translation>Rechnung %1 ist %2; offener Betrag %L3.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
)")),
              QStringList());
}

TEST(GermanTranslation, UnfinishedOrEmptyTranslationIsNamedWithContextAndSource)
{
    const QStringList found = problemsIn(tsWith(R"(
    <message>
        <source>New Customer</source>
        <translation type="unfinished">Neuer Kunde</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation></translation>
    </message>
)"));
    EXPECT_EQ(found,
              (QStringList { QStringLiteral("spocs::Panel: \"New Customer\": unfinished"),
                             QStringLiteral("spocs::Panel: \"Audit Log\": empty translation") }));
}

TEST(GermanTranslation, MissingOrExtraPlaceholderIsFound)
{
    const QStringList found = problemsIn(tsWith(R"(
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 verschoben.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
)"));
    ASSERT_EQ(found.size(), 2) << qPrintable(found.join(QLatin1Char('\n')));
    EXPECT_TRUE(found[0].contains(QStringLiteral("placeholders %1 in \"%1 verschoben.\", the source has %1 %2")))
        << qPrintable(found[0]);
    EXPECT_TRUE(found[1].contains(QStringLiteral("the source has none"))) << qPrintable(found[1]);
}

TEST(GermanTranslation, PluralNeedsTwoFormsThatBothKeepTheCount)
{
    const QStringList found = problemsIn(tsWith(R"(
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n Gruppe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n Änderung abgelehnt</numerusform>
            <numerusform>Änderungen abgelehnt</numerusform>
        </translation>
    </message>
)"));
    ASSERT_EQ(found.size(), 2) << qPrintable(found.join(QLatin1Char('\n')));
    EXPECT_EQ(found[0], QStringLiteral("spocs::Panel: \"%n group(s).\": 1 plural form(s), German needs 2"));
    EXPECT_TRUE(found[1].startsWith(QStringLiteral("spocs::Panel: \"%n change(s) refused\": placeholders none")))
        << qPrintable(found[1]);
}
