#include "widgets/AboutDialog.h"

#include "core/Protocol.h"
#include "core/Version.h"
#include "widgets/WidgetNames.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spocs {

AboutDialog::AboutDialog(const QUrl &serverUrl, QWidget *parent)
    : QDialog(parent)
{
    setNames(this, QStringLiteral("aboutDialog"), tr("About Spocs"));
    setWindowTitle(tr("About Spocs"));

    auto *icon = new QLabel(this);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(64, 64));
    auto *title = new QLabel(tr("Spocs Desktop"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    auto *blurb = new QLabel(tr("Single point of contact: the agent workstation for customer service."), this);
    blurb->setWordWrap(true);

    auto makeValue = [this](const QString &text, const QString &name) {
        auto *label = new QLabel(text, this);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), makeValue(spocsVersion(), QStringLiteral("aboutVersionLabel")));
    form->addRow(
        tr("Qt:"),
        makeValue(tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                  QStringLiteral("aboutQtVersionLabel")));
    form->addRow(tr("Protocol:"),
                 makeValue(tr("version %1").arg(protocol::Version), QStringLiteral("aboutProtocolLabel")));
    form->addRow(tr("Server:"),
                 makeValue(serverUrl.isEmpty() ? tr("not connected") : serverUrl.toString(QUrl::RemoveUserInfo),
                           QStringLiteral("aboutServerLabel")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(blurb);
    header->addLayout(titles, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace spocs
