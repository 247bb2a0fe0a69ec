// spocs-coordinator: argument parsing and wiring only.
#include "coordinator/AuthStore.h"
#include "coordinator/CoordinatorServer.h"
#include "coordinator/Database.h"
#include "coordinator/DemoSeeder.h"
#include "coordinator/ImportCommand.h"
#include "coordinator/KbExport.h"
#include "coordinator/KbImport.h"
#include "coordinator/Platform.h"
#include "coordinator/ServerConfig.h"
#include "coordinator/UserAdminCommand.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace spocs;

namespace {

constexpr int kDefaultDemoCustomers = 2000;

// QCommandLineParser has no optional values; --demo and --demo=N are taken out first.
std::optional<int> takeDemoFlag(QStringList &args, QString &error)
{
    std::optional<int> demo;
    for (auto it = args.begin(); it != args.end();) {
        if (*it == u"--demo") {
            demo = kDefaultDemoCustomers;
            it = args.erase(it);
        } else if (it->startsWith(QStringLiteral("--demo="))) {
            bool ok = false;
            const int n = it->mid(7).toInt(&ok);
            if (!ok || n < 0 || n > 10'000'000)
                error = QStringLiteral("--demo=N needs a number of customers between 0 and 10000000");
            demo = n;
            it = args.erase(it);
        } else {
            ++it;
        }
    }
    return demo;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "spocs-coordinator: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spocs-coordinator"));
    QCoreApplication::setApplicationVersion(spocsVersion());

    QStringList args = QCoreApplication::arguments();
    QString demoError;
    const std::optional<int> demo = takeDemoFlag(args, demoError);
    if (!demoError.isEmpty())
        return fail(demoError);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Spocs coordination service.\n\nCommands:\n  (none)   serve\n  user     add|passwd|disable|list "
                       "users\n  import   CSV files (import --help)\n  kb-import PATH...        knowledge articles "
                       "(.md, HTML FAQ)\n  kb-export --public DIR   static public FAQ site"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("INI config file."),
                                          QStringLiteral("file"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite database file."),
                                      QStringLiteral("file"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1:7400; port 0 picks one)."),
        QStringLiteral("host:port"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"), QStringLiteral("TLS certificate chain (PEM)."),
                                        QStringLiteral("file"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)."),
                                       QStringLiteral("file"));
    parser.addOptions({ configOption, dbOption, listenOption, certOption, keyOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("Optional: user ... | import ..."));
    // `--demo[=N]`: documented here, parsed above.
    parser.addOption(QCommandLineOption(
        QStringLiteral("demo"),
        QStringLiteral("Seed a demo world into an empty database (--demo=N customers, default 2000).")));
    // Sub-command options (user add --role ...) belong to the sub-command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(args);

    ServerConfig config;
    if (parser.isSet(configOption)) {
        if (auto r = config.loadFile(parser.value(configOption)); !r)
            return fail(r.error().message);
    }
    if (parser.isSet(listenOption)) {
        if (auto r = config.setListen(parser.value(listenOption)); !r)
            return fail(r.error().message);
    }
    if (parser.isSet(dbOption))
        config.dbPath = parser.value(dbOption);
    if (config.dbPath.isEmpty())
        config.dbPath = ServerConfig::defaultDbPath();
    if (parser.isSet(certOption))
        config.tlsCertPath = parser.value(certOption);
    if (parser.isSet(keyOption))
        config.tlsKeyPath = parser.value(keyOption);

    auto database = Database::open(config.dbPath);
    if (!database)
        return fail(database.error().message);
    Database &db = *database.value();

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        QTextStream in(stdin);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (positional.first() == u"import")
            return runImportCommand(positional.mid(1), db, out, err);
        if (positional.first() == u"kb-import")
            return runKbImportCommand(positional.mid(1), db, out, err);
        if (positional.first() == u"kb-export")
            return runKbExportCommand(positional.mid(1), db, out, err);
        if (positional.first() != u"user")
            return fail(QStringLiteral("unknown command %1 (try --help)").arg(positional.first()));
        return runUserCommand(positional.mid(1), db, in, out, err);
    }

    if (demo) {
        AuthStore auth(db, config.auth);
        auto summary = DemoSeeder::seed(db, auth, *demo);
        if (!summary)
            return fail(summary.error().message);
        if (summary->users == 0)
            QTextStream(stderr) << "database already has data; --demo seeds only an empty database" << Qt::endl;
        else
            QTextStream(stderr) << "demo world: " << summary->customers << " customers, " << summary->users << " users"
                                << Qt::endl;
        QTextStream(stderr) << "demo mode: every demo user's password is 'demo'" << Qt::endl;
    }

    CoordinatorServer server(config, db);
    if (auto r = server.start(); !r)
        return fail(r.error().message);
    installShutdownHandler(&server, [&server] { server.shutdown(); });
    QObject::connect(&server, &CoordinatorServer::stopped, &app, &QCoreApplication::quit);

    // The one line scripts and tests wait for.
    std::printf("listening on %s\n", server.url().toString().toUtf8().constData());
    std::fflush(stdout);
    const int rc = app.exec();
    QTextStream(stderr) << "spocs-coordinator stopped" << Qt::endl;
    return rc;
}
