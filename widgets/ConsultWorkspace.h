#pragma once

#include <QDockWidget>
#include <QJsonObject>
#include <QMenu>
#include <QObject>
#include <QPointer>

class QMainWindow;

namespace spocs {

class Connection;
class ConsultPanel;

// The consult-and-conference workspace: the consult panel in a dock beside the customer view
// (tabbed with the knowledge dock when there is one), a "Consult" menu with every action and
// its shortcut (Ctrl+G shows the panel). Created by the main window after login and deleted at
// sign-out; deleting it removes its dock, menu and actions.
class ConsultWorkspace : public QObject
{
    Q_OBJECT

public:
    ConsultWorkspace(QMainWindow *window, Connection *connection);
    ~ConsultWorkspace() override;

public Q_SLOTS:
    // The current contact (ContactWorkspace::currentContactChanged); an empty object: none.
    void setContact(const QJsonObject &contact);
    // A consult this user accepted (ContactWorkspace::consultAccepted): shows its chat.
    void openConsult(const QJsonObject &consult);
    // Ctrl+G: shows and raises the dock and focuses the expert search.
    void showPanel();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void customerRequested(const QString &customerId);

private:
    ConsultPanel *m_panel = nullptr;
    QPointer<QDockWidget> m_dock;
    QPointer<QMenu> m_menu;
};

} // namespace spocs
