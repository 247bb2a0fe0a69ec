#include "widgets/ConsultChatView.h"

#include "models/ConsultChatModel.h"
#include "widgets/WidgetNames.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace spocs {

namespace {

constexpr int kMargin = 6; // around a bubble
constexpr int kPadding = 8; // inside a bubble
constexpr int kMaxBubbleShare = 80; // percent of the width

using Kind = ConsultChatModel::Kind;
using Ticks = ConsultChatModel::Ticks;

class ChatDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Layout
    {
        QRect bubble;
        QRect header;
        QRect body;
    };

    static QFont smallFont(const QFont &base)
    {
        QFont font = base;
        font.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.85));
        return font;
    }

    // Notices (who joined, who accepted) read in italics; the height is measured in the font they are drawn in.
    static QFont bodyFont(const QFont &base, Kind kind)
    {
        QFont font = base;
        font.setItalic(kind == Kind::Notice);
        return font;
    }

    static QString header(const QModelIndex &index)
    {
        const Kind kind = index.data(ConsultChatModel::KindRole).value<Kind>();
        const QDateTime at = index.data(ConsultChatModel::AtRole).toDateTime().toLocalTime();
        const QString time = at.isValid() ? at.toString(QStringLiteral("HH:mm")) : QString();
        const QString author = index.data(ConsultChatModel::AuthorNameRole).toString();
        if (kind == Kind::Question)
            return ConsultChatView::tr("Question from %1 · %2").arg(author, time);
        if (kind == Kind::Notice)
            return time;
        const QString ticks = ConsultChatView::ticksText(int(index.data(ConsultChatModel::TicksRole).value<Ticks>()));
        if (index.data(ConsultChatModel::MineRole).toBool())
            return ticks.isEmpty() ? time : QStringLiteral("%1  %2").arg(time, ticks);
        return QStringLiteral("%1 · %2").arg(author, time);
    }

    static Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        const Kind kind = index.data(ConsultChatModel::KindRole).value<Kind>();
        const bool mine = index.data(ConsultChatModel::MineRole).toBool();
        const QRect area = option.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
        const int maxWidth = kind == Kind::Message ? std::max(80, area.width() * kMaxBubbleShare / 100) : area.width();
        const QFontMetrics body(bodyFont(option.font, kind));
        const QFontMetrics small(smallFont(option.font));
        const int inner = std::max(40, maxWidth - 2 * kPadding);
        const QString text = index.data(ConsultChatModel::BodyRole).toString();
        const QRect bodyRect = body.boundingRect(QRect(0, 0, inner, 100000), Qt::TextWordWrap, text);
        const QString head = header(index);
        const int headWidth = head.isEmpty() ? 0 : small.horizontalAdvance(head);
        const int contentWidth = std::min(inner, std::max(bodyRect.width(), headWidth));
        const int headHeight = head.isEmpty() ? 0 : small.height() + 2;
        const int width = contentWidth + 2 * kPadding;
        const int height = headHeight + bodyRect.height() + 2 * kPadding;
        int left = area.left();
        if (kind != Kind::Message)
            left = area.left() + (area.width() - width) / 2;
        else if (mine)
            left = area.right() - width + 1;
        Layout l;
        l.bubble = QRect(left, area.top(), width, height);
        l.header = QRect(left + kPadding, area.top() + kPadding, contentWidth, headHeight);
        l.body = QRect(left + kPadding, area.top() + kPadding + headHeight, contentWidth, bodyRect.height());
        return l;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const Kind kind = index.data(ConsultChatModel::KindRole).value<Kind>();
        const bool mine = index.data(ConsultChatModel::MineRole).toBool();
        const Layout l = layoutFor(opt, index);
        const QPalette &pal = opt.palette;

        QColor fill;
        QColor text = pal.color(QPalette::Text);
        if (kind == Kind::Notice) {
            fill = pal.color(QPalette::AlternateBase);
        } else if (kind == Kind::Question) {
            fill = QColor(0xff, 0xf4, 0xd6);
            text = QColor(0x33, 0x2b, 0x00);
        } else if (mine) {
            fill = QColor(0xd7, 0xec, 0xff);
            text = QColor(0x10, 0x24, 0x3a);
        } else {
            fill = pal.color(QPalette::Base).darker(106);
        }

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
        painter->fillPath(path, fill);
        if (opt.state & QStyle::State_Selected) {
            painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter->drawPath(path);
        } else if (kind != Kind::Message) {
            painter->setPen(QPen(pal.color(QPalette::Mid), 1));
            painter->drawPath(path);
        }

        const QString head = header(index);
        if (!head.isEmpty()) {
            painter->setFont(smallFont(opt.font));
            const Ticks ticks = index.data(ConsultChatModel::TicksRole).value<Ticks>();
            painter->setPen(ticks == Ticks::Read ? QColor(0x15, 0x65, 0xc0) : QColor(0x5f, 0x63, 0x68));
            painter->drawText(l.header, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                              QFontMetrics(painter->font()).elidedText(head, Qt::ElideRight, l.header.width()));
        }
        painter->setFont(bodyFont(opt.font, kind));
        painter->setPen(text);
        painter->drawText(l.body, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          index.data(ConsultChatModel::BodyRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
        const int width = view ? view->viewport()->width() : 300;
        opt.rect = QRect(0, 0, width, 0);
        const Layout l = layoutFor(opt, index);
        return QSize(width, l.bubble.height() + kMargin);
    }
};

} // namespace

ConsultChatView::ConsultChatView(QWidget *parent)
    : QListView(parent)
{
    setNames(this, QStringLiteral("consultChatView"), tr("Consult chat"));
    setItemDelegate(new ChatDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setResizeMode(QListView::Adjust);
    setWordWrap(true);
    setUniformItemSizes(false);
    setSpacing(0);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_follow = value >= verticalScrollBar()->maximum() - 4; });
}

void ConsultChatView::setChatModel(ConsultChatModel *model)
{
    setModel(model);
    auto scroll = [this] {
        if (m_follow)
            scrollToBottom();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this, scroll] { QMetaObject::invokeMethod(this, scroll, Qt::QueuedConnection); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_follow = true;
        QMetaObject::invokeMethod(
            this, [this] { scrollToBottom(); }, Qt::QueuedConnection);
    });
    // Ticks and notices change a row's size: lay out again.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { scheduleDelayedItemsLayout(); });
}

QString ConsultChatView::ticksText(int ticks)
{
    switch (Ticks(ticks)) {
    case Ticks::Sent:
        return QStringLiteral("✓");
    case Ticks::Delivered:
    case Ticks::Read:
        return QStringLiteral("✓✓");
    case Ticks::None:
        break;
    }
    return {};
}

void ConsultChatView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        scheduleDelayedItemsLayout(); // wrapped heights depend on the width
}

} // namespace spocs
