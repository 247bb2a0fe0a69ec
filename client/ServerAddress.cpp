#include "client/ServerAddress.h"

#include <QHostAddress>

namespace spocs::ServerAddress {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isSafe(const QUrl &url)
{
    if (url.scheme() == QLatin1String("wss"))
        return true;
    return url.scheme() == QLatin1String("ws") && isLoopback(url);
}

} // namespace spocs::ServerAddress
