#include "coordinator/server/Listener.h"

#include "coordinator/server/ServerConfig.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

namespace spocs {

Result<QTcpServer *> makeListener(const ServerConfig &config, QObject *parent)
{
    if (!config.hasTls())
        return new QTcpServer(parent);
    QFile certFile(config.tlsCertPath);
    QFile keyFile(config.tlsKeyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable, QStringLiteral("cannot read the TLS certificate or key"));
    const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return makeError(ErrorCode::Unavailable, QStringLiteral("the TLS certificate or key is not valid PEM"));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(parent);
    server->setSslConfiguration(ssl);
    server->setHandshakeTimeout(config.handshakeTimeoutMs);
    return static_cast<QTcpServer *>(server);
}

} // namespace spocs
