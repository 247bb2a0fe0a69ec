#pragma once

#include "models/OfferQueue.h"

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QComboBox;
class QTimer;
class QVBoxLayout;

namespace spocs {

// The non-modal "incoming" card in the top-right corner of the main window: one row per
// waiting offer (contact, consult or transfer) with what it is about, a countdown and
// Accept / Decline. Consult and transfer declines carry a reason. Hidden when no offer
// waits. Expired offers leave by themselves.
class OfferNotification : public QFrame
{
    Q_OBJECT

public:
    OfferNotification(OfferQueue *queue, QWidget *window);

    // The first (oldest) offer's controls, for keyboard users and tests.
    QPushButton *acceptButton() const;
    QPushButton *declineButton() const;
    QLabel *countdownLabel() const;
    QString titleText() const; // the first offer's headline
    int cardCount() const { return int(m_cards.size()); }
    // Text the first offer's decline reason box holds (consult/transfer).
    QString declineReason(int row) const;

    // Keeps the card in the window's top-right corner.
    void reposition();
    // Turns reason codes into labels (the reason tree knows them); default: the codes.
    void setReasonLabeler(std::function<QString(const QString &)> labeler) { m_labeler = std::move(labeler); }

Q_SIGNALS:
    void acceptRequested(const spocs::OfferQueue::Offer &offer);
    void declineRequested(const spocs::OfferQueue::Offer &offer, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Card
    {
        QWidget *widget = nullptr;
        QLabel *title = nullptr;
        QLabel *detail = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *countdown = nullptr;
        QComboBox *reason = nullptr;
        QPushButton *accept = nullptr;
        QPushButton *decline = nullptr;
        int totalSeconds = 0;
    };

    void rebuild();
    void tick();
    Card makeCard(const OfferQueue::Offer &offer, int row);
    static QString titleFor(const OfferQueue::Offer &offer);
    QString detailFor(const OfferQueue::Offer &offer) const;

    QPointer<OfferQueue> m_queue;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_heading = nullptr;
    QList<Card> m_cards;
    QTimer *m_timer = nullptr;
    std::function<QString(const QString &)> m_labeler;
};

} // namespace spocs
