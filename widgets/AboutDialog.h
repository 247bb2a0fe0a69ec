#pragma once

#include <QDialog>
#include <QUrl>

namespace spocs {

// Help > About: application, Qt and protocol versions and the server in use.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QUrl &serverUrl, QWidget *parent = nullptr);
};

} // namespace spocs
