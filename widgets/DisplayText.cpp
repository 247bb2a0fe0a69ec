#include "widgets/DisplayText.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace spocs {

QString presenceText(const QString &wireName)
{
    const auto state = presenceFromName(wireName);
    if (!state)
        return wireName.isEmpty() ? QCoreApplication::translate("DisplayText", "Unknown") : wireName;
    switch (*state) {
    case PresenceState::Available:
        return QCoreApplication::translate("DisplayText", "Available");
    case PresenceState::OnContact:
        return QCoreApplication::translate("DisplayText", "On a contact");
    case PresenceState::AfterContactWork:
        return QCoreApplication::translate("DisplayText", "After-contact work");
    case PresenceState::Break:
        return QCoreApplication::translate("DisplayText", "On a break");
    case PresenceState::Offline:
        return QCoreApplication::translate("DisplayText", "Offline");
    }
    return wireName;
}

QColor presenceColor(const QString &wireName)
{
    const auto state = presenceFromName(wireName);
    if (!state)
        return QColor(0x9e, 0x9e, 0x9e);
    switch (*state) {
    case PresenceState::Available:
        return QColor(0x2e, 0x7d, 0x32);
    case PresenceState::OnContact:
        return QColor(0xc6, 0x28, 0x28);
    case PresenceState::AfterContactWork:
        return QColor(0xef, 0x6c, 0x00);
    case PresenceState::Break:
        return QColor(0xf9, 0xa8, 0x25);
    case PresenceState::Offline:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Agent:
        return QCoreApplication::translate("DisplayText", "agent");
    case Role::Expert:
        return QCoreApplication::translate("DisplayText", "expert");
    case Role::Lead:
        return QCoreApplication::translate("DisplayText", "team lead");
    case Role::Admin:
        return QCoreApplication::translate("DisplayText", "administrator");
    }
    return {};
}

QIcon dotIcon(const QColor &color, int size)
{
    QIcon icon;
    for (const qreal dpr : { 1.0, 2.0 }) {
        QPixmap pm(QSize(size, size) * dpr);
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush(color);
        p.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace spocs
