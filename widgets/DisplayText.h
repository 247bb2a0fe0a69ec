#pragma once

#include "core/Types.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace spocs {

// Translated names for wire values shown in the UI (presence, roles).
QString presenceText(const QString &wireName);
QColor presenceColor(const QString &wireName);
QString roleText(Role role);
// A small filled circle, used for presence and connection state.
QIcon dotIcon(const QColor &color, int size = 12);

} // namespace spocs
