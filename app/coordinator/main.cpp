// spocs-coordinator: argument parsing and wiring only.
#include "client/TrafficSimulator.h"
#include "coordinator/auth/AuditCommand.h"
#include "coordinator/auth/AuthStore.h"
#include "coordinator/auth/UserAdminCommand.h"
#include "coordinator/channels/MailTemplateCommand.h"
#include "coordinator/demo/DemoSeeder.h"
#include "coordinator/importing/ImportCommand.h"
#include "coordinator/knowledge/KbExport.h"
#include "coordinator/knowledge/KbImport.h"
#include "coordinator/server/CommandLine.h"
#include "coordinator/server/CoordinatorServer.h"
#include "coordinator/server/Platform.h"
#include "coordinator/server/ServerConfig.h"
#include "coordinator/storage/Database.h"
#include "core/Version.h"

#include <QAbstractEventDispatcher>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
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

// `simulate`: a protocol client (client/TrafficSimulator); this only turns arguments into options.
int runSimulateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulates call-center traffic against a running coordinator: contacts arrive (Poisson), "
                       "callers abandon, and with --agents N demo agents agent1..agentN answer and close them."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("Coordinator URL (default ws://127.0.0.1:7400)."),
                                          QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:7400"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Service user creating the contacts (default telephony)."),
                                        QStringLiteral("login"), QStringLiteral("telephony"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-file"),
        QStringLiteral("File whose first line is the password (of the user and the agents)."), QStringLiteral("file"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("New contacts per minute (default 6)."),
                                        QStringLiteral("R"), QStringLiteral("6"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), QStringLiteral("Seconds to run (default 60)."),
                                            QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"),
                                          QStringLiteral("Also sign in agent1..agentN, who answer (default 0)."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed (default: new each run, printed)."),
                                        QStringLiteral("X"), QStringLiteral("0"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        QStringLiteral("Time compression of patience and handling times (default 1 = real time)."), QStringLiteral("F"),
        QStringLiteral("1"));
    parser.addOptions({ serverOption, userOption, passwordOption, rateOption, durationOption, agentsOption, seedOption,
                        speedOption });
    parser.process(QStringList { QStringLiteral("spocs-coordinator simulate") } + args);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("simulate: unexpected argument %1").arg(parser.positionalArguments().first()));

    TrafficSimulator::Options options;
    options.server = QUrl(parser.value(serverOption));
    if (!options.server.isValid() || !options.server.scheme().startsWith(u"ws"))
        return fail(QStringLiteral("simulate: --server needs a ws:// or wss:// URL"));
    options.user = parser.value(userOption);
    if (!parser.isSet(passwordOption))
        return fail(QStringLiteral("simulate: --password-file is required"));
    QFile passwordFile(parser.value(passwordOption));
    if (!passwordFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("simulate: cannot read %1").arg(passwordFile.fileName()));
    options.password = QString::fromUtf8(passwordFile.readLine()).remove(u'\n').remove(u'\r');
    bool ok = false;
    options.ratePerMinute = parser.value(rateOption).toDouble(&ok);
    if (!ok || options.ratePerMinute < 0 || options.ratePerMinute > 6000)
        return fail(QStringLiteral("simulate: --rate needs a number of contacts per minute (0..6000)"));
    options.durationSeconds = parser.value(durationOption).toInt(&ok);
    if (!ok || options.durationSeconds < 1)
        return fail(QStringLiteral("simulate: --duration needs a positive number of seconds"));
    options.agents = parser.value(agentsOption).toInt(&ok);
    if (!ok || options.agents < 0 || options.agents > 1000)
        return fail(QStringLiteral("simulate: --agents needs a number between 0 and 1000"));
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("simulate: --seed needs a non-negative integer"));
    options.speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || options.speed < 0.01 || options.speed > 1000)
        return fail(QStringLiteral("simulate: --speed needs a factor between 0.01 and 1000"));

    // The client library's connection chatter is for debugging, not for this console.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("spocs.client.debug=false\nspocs.client.info=false"));
    TrafficSimulator simulator(options);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QObject::connect(&simulator, &TrafficSimulator::message, [&out](const QString &line) { out << line << Qt::endl; });
    QObject::connect(&simulator, &TrafficSimulator::warning,
                     [&err](const QString &line) { err << "simulate: " << line << Qt::endl; });
    QObject::connect(
        &simulator, &TrafficSimulator::finished, &simulator, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    // Ctrl-C or SIGTERM: wind down (waiting callers hang up, agents close) and print the final summary.
    installShutdownHandler(&simulator, [&simulator] { simulator.stop(); });
    simulator.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (QAbstractEventDispatcher *dispatcher = createServiceEventDispatcher())
        QCoreApplication::setEventDispatcher(dispatcher);
    raiseOpenFileLimit(); // one descriptor per desktop
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spocs-coordinator"));
    QCoreApplication::setApplicationVersion(spocsVersion());

    QStringList args = QCoreApplication::arguments();
    QString demoError;
    const std::optional<int> demo = takeDemoFlag(args, demoError);
    if (!demoError.isEmpty())
        return fail(demoError);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Spocs coordination service.\n\nCommands:\n  (none)   serve\n  user     add|passwd|role|disable|enable|list "
        "users\n  mail-template list|set|reset   e-mail greeting, signature, acknowledgement (mail-template)\n  "
        "audit verify             check the audit log's hash chain\n  import   CSV files (import --help)\n  "
        "kb-import PATH...        knowledge articles "
        "(.md, HTML FAQ)\n  kb-export --public DIR [--widget-url URL]   static public FAQ site (with the chat "
        "widget)\n  simulate --server URL --password-file F "
        "[--rate R] [--duration S] [--agents N]   traffic (simulate --help)"));
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
    const QCommandLineOption webPortOption(
        QStringLiteral("web-port"),
        QStringLiteral("Port of the web endpoint: chat widget, survey page, visitors (default 7401; 0 picks one)."),
        QStringLiteral("port"));
    parser.addOptions({ configOption, dbOption, listenOption, certOption, keyOption, webPortOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("Optional: user ... | import ..."));
    // `--demo[=N]`: documented here, parsed above.
    parser.addOption(QCommandLineOption(
        QStringLiteral("demo"),
        QStringLiteral("Seed a demo world into an empty database (--demo=N customers, default 2000).")));
    // Sub-command options (user add --role ...) belong to the sub-command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(args);
    // A protocol client: needs no database or configuration of its own.
    if (!parser.positionalArguments().isEmpty() && parser.positionalArguments().first() == u"simulate")
        return runSimulateCommand(parser.positionalArguments().mid(1));

    ServerConfig config;
    if (parser.isSet(configOption)) {
        if (auto r = config.loadFile(parser.value(configOption)); !r)
            return fail(r.error().message);
    }
    if (parser.isSet(listenOption)) {
        if (auto r = config.setListen(parser.value(listenOption)); !r)
            return fail(r.error().message);
    }
    if (parser.isSet(webPortOption)) {
        bool ok = false;
        const uint port = parser.value(webPortOption).toUInt(&ok);
        if (!ok || port > 65535)
            return fail(QStringLiteral("--web-port needs a port number (0..65535)"));
        config.web.port = quint16(port);
    }
    if (parser.isSet(dbOption))
        config.dbPath = parser.value(dbOption);
    if (config.dbPath.isEmpty())
        config.dbPath = ServerConfig::defaultDbPath();
    if (parser.isSet(certOption))
        config.tlsCertPath = parser.value(certOption);
    if (parser.isSet(keyOption))
        config.tlsKeyPath = parser.value(keyOption);
    // The demo users' password is "demo": only for a coordinator nobody else can reach, TLS or not.
    if (demo && parser.positionalArguments().isEmpty() && !config.isLoopback()) {
        QTextStream(stderr) << "spocs-coordinator: --demo needs a loopback --listen address (127.0.0.1 or ::1): "
                               "its users' password is 'demo'"
                            << Qt::endl;
        return cli::kUsage;
    }

    auto database = Database::open(config.dbPath);
    if (!database)
        return fail(database.error().message);
    Database &db = *database.value();
    if (config.clockStart.isValid()) {
        db.setClock(std::make_shared<ShiftedClock>(config.clockStart));
        QTextStream(stderr) << "test clock: starting at " << config.clockStart.toString(Qt::ISODate) << Qt::endl;
    }

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        QTextStream in(stdin);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const QString command = positional.first();
        int rc = 0;
        if (command == u"import")
            rc = runImportCommand(positional.mid(1), db, out, err);
        else if (command == u"kb-import")
            rc = runKbImportCommand(positional.mid(1), db, out, err);
        else if (command == u"kb-export")
            rc = runKbExportCommand(positional.mid(1), db, out, err);
        else if (command == u"user")
            rc = runUserCommand(positional.mid(1), db, in, out, err);
        else if (command == u"mail-template")
            rc = runMailTemplateCommand(positional.mid(1), db, in, out, err);
        else if (command == u"audit")
            rc = runAuditCommand(positional.mid(1), db, out, err);
        else
            return fail(QStringLiteral("unknown command %1 (try --help)").arg(command));
        // Every admin action leaves a trace in the audit log (a verify, after its check).
        recordAdminCommand(db, positional, rc);
        return rc;
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

    // Before the line scripts and tests wait for, so that they have read it by then.
    if (server.webPort())
        std::printf("web endpoint listening on %s\n", server.webUrl().toString().toUtf8().constData());
    // The one line scripts and tests wait for.
    std::printf("listening on %s\n", server.url().toString().toUtf8().constData());
    std::fflush(stdout);
    const int rc = app.exec();
    QTextStream(stderr) << "spocs-coordinator stopped" << Qt::endl;
    return rc;
}
