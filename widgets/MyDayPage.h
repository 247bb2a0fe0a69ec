#pragma once

#include <QWidget>

class QAbstractItemView;
class QGridLayout;
class QLabel;

namespace spocs {

class MyDaySession;

// The middle of the window while no customer is open: the agent's day at a glance. Four
// lists, each a keystroke away (Alt+1…4): contacts in hand, follow-ups due today and overdue,
// customers opened recently, and the queues the agent serves with their waiting counts.
// Enter on a contact, follow-up or customer opens that customer. Binds to MyDaySession.
class MyDayPage : public QWidget
{
    Q_OBJECT

public:
    enum Section { ContactsSection, FollowUpsSection, RecentSection, QueuesSection, SectionCount };
    Q_ENUM(Section)

    explicit MyDayPage(MyDaySession *session, QWidget *parent = nullptr);

    MyDaySession *session() const { return m_session; }
    QAbstractItemView *view(Section section) const { return m_views[section]; }
    QLabel *emptyLabel(Section section) const { return m_empty[section]; }
    // Puts the keyboard focus into a section's list, on its first row.
    void focusSection(int section);

Q_SIGNALS:
    void openCustomerRequested(const QString &customerId);
    // Enter on a contact in hand: make it the current contact, then open its customer.
    void contactRequested(qint64 contactId, const QString &customerId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *makeSection(Section section, const QString &title, QAbstractItemView *view, const QString &emptyText);
    void updateEmpty(Section section);
    void updateHeading();
    void fitQueueColumns();
    int sectionWidthNeeded(Section section) const;
    void arrangeSections();

    MyDaySession *m_session = nullptr;
    QLabel *m_heading = nullptr;
    QAbstractItemView *m_views[SectionCount] = {};
    QLabel *m_empty[SectionCount] = {};
    QWidget *m_sections[SectionCount] = {};
    QGridLayout *m_grid = nullptr;
    bool m_oneColumn = false;
};

} // namespace spocs
