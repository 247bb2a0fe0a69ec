#include "widgets/OfferNotification.h"

#include "models/PersonName.h"
#include "widgets/WidgetNames.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace spocs {

OfferNotification::OfferNotification(OfferQueue *queue, QWidget *window)
    : QFrame(window)
    , m_queue(queue)
    , m_timer(new QTimer(this))
{
    setNames(this, QStringLiteral("offerNotification"), tr("Incoming offers"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("QFrame#offerNotification { background: #fffdf5; border: 2px solid #f9a825; "
                                 "border-radius: 6px; }"
                                 "QFrame#offerCard { border-top: 1px solid #eee3b0; }"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(10, 8, 10, 8);
    m_layout->setSpacing(6);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("offerHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_layout->addWidget(m_heading);

    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &OfferNotification::tick);
    connect(queue, &QAbstractItemModel::rowsInserted, this, &OfferNotification::rebuild);
    connect(queue, &QAbstractItemModel::rowsRemoved, this, &OfferNotification::rebuild);
    connect(queue, &QAbstractItemModel::modelReset, this, &OfferNotification::rebuild);
    connect(queue, &QAbstractItemModel::dataChanged, this, &OfferNotification::rebuild);
    window->installEventFilter(this);
    rebuild();
}

QString OfferNotification::titleFor(const OfferQueue::Offer &offer)
{
    switch (offer.kind) {
    case OfferQueue::Kind::Contact: {
        // A sentence per channel: a channel's name does not fit every language's sentence ("(telefon)").
        const QString channel = offer.contact().value(QStringLiteral("channel")).toString();
        const QString customer = offer.customerName.isEmpty() ? tr("unknown customer") : offer.customerName;
        if (channel == u"phone")
            return tr("Incoming call: %1").arg(customer);
        if (channel == u"email")
            return tr("Incoming email: %1").arg(customer);
        if (channel == u"chat")
            return tr("Incoming chat: %1").arg(customer);
        return tr("Incoming contact: %1").arg(customer);
    }
    case OfferQueue::Kind::Consult: {
        const QJsonObject consult = offer.consult();
        return tr("Consult request from %1").arg(personName(consult.value(QStringLiteral("requester")).toObject()));
    }
    case OfferQueue::Kind::Transfer: {
        const QJsonObject transfer = offer.transfer();
        const bool warm = transfer.value(QStringLiteral("kind")).toString() == u"warm";
        const QString from = personName(transfer.value(QStringLiteral("from")).toObject());
        return warm ? tr("Warm transfer from %1").arg(from) : tr("Cold transfer from %1").arg(from);
    }
    }
    return {};
}

QString OfferNotification::detailFor(const OfferQueue::Offer &offer) const
{
    switch (offer.kind) {
    case OfferQueue::Kind::Contact: {
        const QString pick = offer.data.value(QStringLiteral("pick")).toString();
        QString why;
        if (pick == u"owner")
            why = tr("You own this customer.");
        else if (pick == u"backup")
            why = tr("You are the customer's backup; the owner is away.");
        else
            why = tr("Next in the queue.");
        const QJsonObject contact = offer.contact();
        QStringList reasons;
        for (const QJsonValue &v : contact.value(QStringLiteral("reasons")).toArray())
            reasons.append(m_labeler ? m_labeler(v.toString()) : v.toString());
        if (!reasons.isEmpty())
            why.prepend(tr("About: %1.").arg(reasons.join(QStringLiteral(", "))) + QLatin1Char(' '));
        const QString queue = contact.value(QStringLiteral("queue")).toString();
        if (!queue.isEmpty() && queue != u"general")
            why += QLatin1Char(' ') + tr("Queue: %1.").arg(queue);
        if (contact.value(QStringLiteral("forwarded")).toBool())
            why += QLatin1Char(' ') + tr("Forwarded to you.");
        return why;
    }
    case OfferQueue::Kind::Consult: {
        const QJsonObject consult = offer.consult();
        QStringList lines;
        const QString customer
            = consult.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString();
        QStringList reasons;
        for (const QJsonValue &v : consult.value(QStringLiteral("reasons")).toArray())
            reasons.append(v.toString());
        if (!customer.isEmpty())
            lines << (reasons.isEmpty() ? tr("Customer: %1").arg(customer)
                                        : tr("Customer: %1 – %2").arg(customer, reasons.join(QStringLiteral(", "))));
        lines << tr("“%1”").arg(consult.value(QStringLiteral("question")).toString());
        return lines.join(QLatin1Char('\n'));
    }
    case OfferQueue::Kind::Transfer: {
        const QString note = offer.transfer().value(QStringLiteral("note")).toString();
        QString text = tr("Customer: %1").arg(offer.customerName.isEmpty() ? tr("unknown") : offer.customerName);
        if (!note.isEmpty())
            text += QLatin1Char('\n') + tr("Note: %1").arg(note);
        return text;
    }
    }
    return {};
}

OfferNotification::Card OfferNotification::makeCard(const OfferQueue::Offer &offer, int row)
{
    Card card;
    auto *frame = new QFrame(this);
    frame->setObjectName(row == 0 ? QStringLiteral("offerCard") : QStringLiteral("offerCard%1").arg(row));
    card.widget = frame;
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);

    card.title = new QLabel(titleFor(offer), frame);
    card.title->setObjectName(QStringLiteral("offerTitle"));
    card.title->setTextFormat(Qt::PlainText);
    QFont bold = card.title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    card.title->setFont(bold);
    layout->addWidget(card.title);

    card.detail = new QLabel(detailFor(offer), frame);
    card.detail->setObjectName(QStringLiteral("offerDetail"));
    card.detail->setTextFormat(Qt::PlainText);
    card.detail->setWordWrap(true);
    layout->addWidget(card.detail);

    auto *timeRow = new QHBoxLayout;
    card.bar = new QProgressBar(frame);
    setNames(card.bar, QStringLiteral("offerCountdownBar"), tr("Time left to answer"));
    card.bar->setTextVisible(false);
    card.bar->setMaximumHeight(8);
    card.countdown = new QLabel(frame);
    card.countdown->setObjectName(QStringLiteral("offerCountdownLabel"));
    card.countdown->setMinimumWidth(48);
    card.countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    timeRow->addWidget(card.bar, 1);
    timeRow->addWidget(card.countdown);
    layout->addLayout(timeRow);
    const int total = offer.expiresAt.isValid() ? int(offer.receivedAt.secsTo(offer.expiresAt)) : 0;
    card.totalSeconds = qMax(1, total);
    card.bar->setRange(0, card.totalSeconds);
    card.bar->setVisible(offer.expiresAt.isValid());

    if (offer.kind != OfferQueue::Kind::Contact) {
        card.reason = new QComboBox(frame);
        setNames(card.reason, QStringLiteral("offerDeclineReason"), tr("Reason for declining"));
        card.reason->setEditable(true);
        card.reason->addItems({ tr("Busy with a customer"), tr("Not my topic"), tr("About to leave") });
        layout->addWidget(card.reason);
    }

    auto *buttons = new QHBoxLayout;
    card.accept = new QPushButton(tr("Accept"), frame);
    card.accept->setObjectName(row == 0 ? QStringLiteral("acceptOfferButton")
                                        : QStringLiteral("acceptOfferButton%1").arg(row));
    card.accept->setStyleSheet(QStringLiteral("QPushButton { background: #2e7d32; color: white; padding: 4px 14px; "
                                              "border-radius: 3px; font-weight: bold; }"));
    card.decline = new QPushButton(tr("Decline"), frame);
    card.decline->setObjectName(row == 0 ? QStringLiteral("declineOfferButton")
                                         : QStringLiteral("declineOfferButton%1").arg(row));
    if (row == 0) {
        card.accept->setToolTip(tr("Accept (Ctrl+Alt+A)"));
        card.decline->setToolTip(tr("Decline (Ctrl+Alt+D)"));
    }
    card.accept->setAccessibleName(tr("Accept: %1").arg(card.title->text()));
    card.decline->setAccessibleName(tr("Decline: %1").arg(card.title->text()));
    buttons->addStretch(1);
    buttons->addWidget(card.decline);
    buttons->addWidget(card.accept);
    layout->addLayout(buttons);

    const OfferQueue::Kind kind = offer.kind;
    const qint64 id = offer.id;
    connect(card.accept, &QPushButton::clicked, this, [this, kind, id] {
        if (!m_queue)
            return;
        const int r = m_queue->indexOf(kind, id);
        if (r >= 0)
            Q_EMIT acceptRequested(m_queue->offerAt(r));
    });
    QComboBox *reason = card.reason;
    connect(card.decline, &QPushButton::clicked, this, [this, kind, id, reason] {
        if (!m_queue)
            return;
        const int r = m_queue->indexOf(kind, id);
        if (r >= 0)
            Q_EMIT declineRequested(m_queue->offerAt(r), reason ? reason->currentText().trimmed() : QString());
    });
    return card;
}

void OfferNotification::rebuild()
{
    for (const Card &card : std::as_const(m_cards))
        delete card.widget;
    m_cards.clear();
    const int n = m_queue ? m_queue->count() : 0;
    for (int row = 0; row < n; ++row) {
        Card card = makeCard(m_queue->offerAt(row), row);
        m_layout->addWidget(card.widget);
        m_cards.append(card);
    }
    m_heading->setText(tr("%n offers waiting", nullptr, n));
    m_heading->setVisible(n > 1);
    if (n == 0) {
        m_timer->stop();
        hide();
        return;
    }
    tick();
    m_timer->start();
    adjustSize();
    reposition();
    show();
    raise();
}

void OfferNotification::tick()
{
    if (!m_queue)
        return;
    const QDateTime now = m_queue->now();
    if (m_queue->expire(now) > 0)
        return; // rebuilt
    for (int row = 0; row < m_cards.size() && row < m_queue->count(); ++row) {
        const OfferQueue::Offer offer = m_queue->offerAt(row);
        const Card &card = m_cards.at(row);
        if (!offer.expiresAt.isValid()) {
            card.countdown->clear();
            continue;
        }
        const int left = OfferQueue::secondsLeft(offer, now);
        card.countdown->setText(tr("%n s", nullptr, left));
        card.countdown->setAccessibleName(tr("%n seconds left", nullptr, left));
        card.bar->setValue(qMin(left, card.bar->maximum()));
        card.countdown->setStyleSheet(left <= 5 ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    }
}

void OfferNotification::reposition()
{
    QWidget *window = parentWidget();
    if (!window)
        return;
    // Over the top-right corner of the central area (the customer page), so the docks beside
    // it (the contact panel among them) stay readable.
    QRect area = window->rect();
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->centralWidget())
        area = main->centralWidget()->geometry();
    const int width = qMin(380, area.width() - 24);
    setFixedWidth(qMax(width, 200));
    adjustSize();
    move(area.right() - this->width() - 12, area.top() + 8);
}

bool OfferNotification::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        reposition();
    return QFrame::eventFilter(watched, event);
}

QPushButton *OfferNotification::acceptButton() const
{
    return m_cards.isEmpty() ? nullptr : m_cards.first().accept;
}

QPushButton *OfferNotification::declineButton() const
{
    return m_cards.isEmpty() ? nullptr : m_cards.first().decline;
}

QLabel *OfferNotification::countdownLabel() const
{
    return m_cards.isEmpty() ? nullptr : m_cards.first().countdown;
}

QString OfferNotification::titleText() const
{
    return m_cards.isEmpty() ? QString() : m_cards.first().title->text();
}

QString OfferNotification::declineReason(int row) const
{
    if (row < 0 || row >= m_cards.size() || !m_cards.at(row).reason)
        return {};
    return m_cards.at(row).reason->currentText().trimmed();
}

} // namespace spocs
