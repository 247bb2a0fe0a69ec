#pragma once

#include "models/CommerceData.h"

#include <QFrame>

class QLabel;

namespace spocs {

// Above the customer page: who else has this customer open ("Also open by agent7 (on a
// contact)"), and a warning when the customer already has an open contact or follow-up
// owned by someone else, so nobody starts a second escalation without seeing the first.
class CollisionBanner : public QWidget
{
    Q_OBJECT

public:
    explicit CollisionBanner(QWidget *parent = nullptr);

    void setViewers(const QList<Viewer> &others);
    void setOpenContacts(const QList<OpenContact> &foreign);
    QString viewersText() const;
    QString escalationText() const;

private:
    void updateVisibility();

    QFrame *m_viewersFrame = nullptr;
    QLabel *m_viewers = nullptr;
    QFrame *m_escalationFrame = nullptr;
    QLabel *m_escalation = nullptr;
};

} // namespace spocs
