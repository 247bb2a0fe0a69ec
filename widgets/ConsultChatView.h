#pragma once

#include <QListView>

namespace spocs {

class ConsultChatModel;

// The consult chat: the question and notices centred, the other party's messages on the left,
// the user's own on the right with ticks (✓ sent, ✓✓ delivered, blue ✓✓ read). Follows the
// newest message while scrolled to the bottom.
class ConsultChatView : public QListView
{
    Q_OBJECT

public:
    explicit ConsultChatView(QWidget *parent = nullptr);

    void setChatModel(ConsultChatModel *model);
    // The tick text a row shows ("" for rows without ticks): for tests and screen readers.
    static QString ticksText(int ticks);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_follow = true;
};

} // namespace spocs
