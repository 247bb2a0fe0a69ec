#pragma once

#include "coordinator/server/ServerConfig.h"

#include <QFile>
#include <QTemporaryDir>

namespace spocs::test {

// Loads `ini` into config the way the coordinator reads its --config file.
inline Result<void> loadConfig(ServerConfig &config, const QByteArray &ini)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write %1").arg(path));
    file.write(ini);
    file.close();
    return config.loadFile(path);
}

} // namespace spocs::test
