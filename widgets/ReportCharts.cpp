#include "widgets/ReportCharts.h"

#include "models/LeadText.h"
#include "models/ReportModels.h"
#include "widgets/WidgetNames.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace spocs {

namespace {

constexpr int kParetoBars = 12;
constexpr int kAgentBars = 15;

const QColor kBlue(0x15, 0x65, 0xc0);
const QColor kOrange(0xef, 0x6c, 0x00);
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGrey(0x75, 0x75, 0x75);
// The narrowest a chart gets: its title and axes read whole; two side by side fit the report at 1024 px.
constexpr int kChartWidth = 300;
constexpr int kSpacing = 6;

QChartView *makeView(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    auto *view = new QChartView(chart, parent);
    setNames(view, name, accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(kChartWidth, 240);
    return view;
}

void reset(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QString elided(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

// Category labels are not wrapped by Qt Charts: break them at spaces into lines of about width
// characters (at most three lines), so long reason names stay readable under narrow bars.
QString wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    if (lines.size() > 3) {
        lines = lines.mid(0, 3);
        lines.last() = elided(lines.last() + QStringLiteral(" …"), width);
    }
    return lines.join(QStringLiteral("<br>"));
}

qint64 dayMs(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

QValueAxis *valueAxis(const QString &title, double min, double max, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, max);
    axis->setLabelFormat(format);
    return axis;
}

QLineSeries *lineSeries(const QString &name, const QColor &color, qreal width)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(QPen(color, width));
    return series;
}

// The day of one row of the daily figures (invalid when it has none).
QDate dayOf(const ReportFiguresModel *daily, int row)
{
    return QDate::fromString(daily->rowObject(row).value(QStringLiteral("date")).toString(), Qt::ISODate);
}

// Calls add(row, x) for each row of the daily figures that has a day (x: its point on a day
// axis) and returns the first and last of those days (invalid when there is none).
template<typename Add> std::pair<QDate, QDate> forEachDay(const ReportFiguresModel *daily, Add add)
{
    QDate first;
    QDate last;
    for (int row = 0; row < daily->rowCount(); ++row) {
        const QDate date = dayOf(daily, row);
        if (!date.isValid())
            continue;
        if (!first.isValid())
            first = date;
        last = date;
        add(row, dayMs(date));
    }
    return { first, last };
}

// A day axis at the bottom from first to last day, half a day of room at each end, with a day's
// date under its point: every day of a short range, every few days of a longer one, so that the
// labels fit a chart a third of the window wide. (Evenly spread ticks of a date-time axis fell
// between the points, skipped days and named the day after the range.)
QCategoryAxis *addDayAxis(QChart *chart, const QDate &first, const QDate &last)
{
    constexpr qint64 kDay = 24 * 3600 * 1000LL;
    constexpr qint64 kMostLabels = 4;
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(double(dayMs(first) - kDay / 2), double(dayMs(last) + kDay / 2));
    const qint64 days = first.daysTo(last) + 1;
    const qint64 step = (days + kMostLabels - 1) / kMostLabels;
    // Each label gets the width of its category: the first one as much as the others.
    x->setStartValue(double(dayMs(first) - step * kDay));
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(step))
        x->append(QLocale().toString(day, QStringLiteral("d MMM")), double(dayMs(day)));
    chart->addAxis(x, Qt::AlignBottom);
    return x;
}

// A rounded-up upper bound for an axis showing values up to max.
double niceMax(double max)
{
    if (max <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (step * magnitude >= max * 1.05)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// Bars over category labels with a count axis on the left and a 0..100 % axis on the right (in
// `color`, for the series the caller attaches to it). Adds `bars` and returns the percent axis.
QValueAxis *addBarsWithPercentAxis(QChart *chart, QBarSeries *bars, const QStringList &categories,
                                   const QString &countTitle, int maxCount, const QString &percentTitle,
                                   const QColor &color)
{
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    auto *counts = valueAxis(countTitle, 0, niceMax(maxCount), QStringLiteral("%d"));
    chart->addAxis(counts, Qt::AlignLeft);
    auto *percent = valueAxis(percentTitle, 0, 100, QStringLiteral("%d %%"));
    percent->setLinePenColor(color);
    percent->setLabelsColor(color);
    chart->addAxis(percent, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(counts);
    return percent;
}

} // namespace

ReportCharts::ReportCharts(ReportLoader *report, QWidget *parent)
    : QWidget(parent)
    , m_report(report)
{
    setObjectName(QStringLiteral("reportCharts"));
    m_pareto = makeView(QStringLiteral("paretoChart"), tr("Contacts by reason (Pareto)"), this);
    m_demand = makeView(QStringLiteral("demandClassChart"), tr("Contacts by demand class"), this);
    m_daily = makeView(QStringLiteral("dailyChart"), tr("Daily FCR, AHT and ASA"), this);
    m_satisfaction = makeView(QStringLiteral("satisfactionChart"), tr("Daily CSAT and NPS"), this);
    // Not in this grid: the reports view places it next to the per-agent table.
    m_agents = makeView(QStringLiteral("agentChart"), tr("Contacts handled and FCR per agent"), this);

    // The charts keep their size and the tab scrolls down to the lower ones rather than squeezing them.
    auto *content = new QWidget;
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(kSpacing);
    for (QChartView *view : { m_pareto, m_demand, m_daily, m_satisfaction })
        view->setParent(content);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportChartsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    arrange(3);

    connect(report, &ReportLoader::reportChanged, this, &ReportCharts::rebuild);
    rebuild();
}

void ReportCharts::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QChartView *view : { m_pareto, m_demand, m_daily, m_satisfaction })
        m_grid->removeWidget(view);
    // The Pareto (the root causes worth eliminating) gets the whole width: reason names need room.
    m_grid->addWidget(m_pareto, 0, 0, 1, columns);
    if (columns >= 3) {
        m_grid->addWidget(m_demand, 1, 0);
        m_grid->addWidget(m_daily, 1, 1);
        m_grid->addWidget(m_satisfaction, 1, 2);
    } else {
        // The demand classes' legend line is the longest title: it takes a row of its own.
        m_grid->addWidget(m_demand, 1, 0, 1, 2);
        m_grid->addWidget(m_daily, 2, 0);
        m_grid->addWidget(m_satisfaction, 2, 1);
    }
    for (int column = 0; column < 3; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

void ReportCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Room for three beside each other, next to a vertical scroll bar.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    arrange(event->size().width() >= 3 * kChartWidth + 2 * kSpacing + bar ? 3 : 2);
}

void ReportCharts::rebuild()
{
    buildPareto(m_pareto->chart());
    buildDemand(m_demand->chart());
    buildDaily(m_daily->chart());
    buildSatisfaction(m_satisfaction->chart());
    buildAgents(m_agents->chart());
}

void ReportCharts::buildAgents(QChart *chart)
{
    reset(chart);
    ReportFiguresModel *agents = m_report->byAgent();
    QList<QJsonObject> rows;
    for (int row = 0; row < agents->rowCount(); ++row)
        rows.append(agents->rowObject(row));
    if (rows.isEmpty()) {
        chart->setTitle(tr("Agents: no contacts handled in this range"));
        return;
    }
    // The busiest agents first; the table below the chart lists everyone.
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("handled")).toInt() > b.value(QStringLiteral("handled")).toInt();
    });
    const qsizetype n = std::min<qsizetype>(kAgentBars, rows.size());
    chart->setTitle(n < rows.size() ? tr("Contacts handled and FCR, the %1 busiest agents").arg(n)
                                    : tr("Contacts handled and FCR per agent"));
    auto *handled = new QBarSet(tr("Contacts handled"));
    handled->setColor(kBlue);
    handled->setBorderColor(kBlue);
    auto *fcr = new QScatterSeries;
    fcr->setName(tr("FCR"));
    fcr->setMarkerSize(11);
    fcr->setColor(kGreen);
    fcr->setBorderColor(Qt::white);
    QStringList categories;
    int maxCount = 0;
    for (qsizetype row = 0; row < n; ++row) {
        const QJsonObject &r = rows.at(row);
        const int count = r.value(QStringLiteral("handled")).toInt();
        // Categories must be unique: two agents can share a name, never a login.
        QString label = r.value(QStringLiteral("label")).toString();
        if (categories.contains(wrapped(label, 12)))
            label = tr("%1 (%2)").arg(label, r.value(QStringLiteral("login")).toString());
        categories.append(wrapped(label, 12));
        *handled << count;
        maxCount = std::max(maxCount, count);
        if (const std::optional<double> rate = leadtext::number(r.value(QStringLiteral("fcrRate"))))
            fcr->append(double(row), *rate * 100.0);
    }
    auto *bars = new QBarSeries;
    bars->append(handled);
    bars->setBarWidth(0.6);
    QValueAxis *percent
        = addBarsWithPercentAxis(chart, bars, categories, tr("Contacts handled"), maxCount, tr("FCR %"), kGreen);
    chart->addSeries(fcr);
    fcr->attachAxis(bars->attachedAxes().constFirst());
    fcr->attachAxis(percent);
}

void ReportCharts::buildPareto(QChart *chart)
{
    reset(chart);
    ReasonParetoModel *reasons = m_report->byReason();
    const int n = std::min(kParetoBars, reasons->rowCount());
    if (n == 0) {
        chart->setTitle(tr("Contacts by reason: no contacts in this range"));
        return;
    }
    chart->setTitle(tr("Contacts by reason (Pareto)"));
    auto *set = new QBarSet(tr("Contacts"));
    set->setColor(kBlue);
    set->setBorderColor(kBlue);
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    cumulative->setPen(QPen(kOrange, 2.5));
    auto *points = new QScatterSeries;
    points->setMarkerSize(7);
    points->setColor(kOrange);
    points->setBorderColor(kOrange);
    QStringList categories;
    int maxCount = 0;
    for (int row = 0; row < n; ++row) {
        const QJsonObject r = reasons->rowObject(row);
        const int count = r.value(QStringLiteral("count")).toInt();
        QString label = r.value(QStringLiteral("label")).toString();
        if (label.isEmpty())
            label = r.value(QStringLiteral("code")).toString();
        // Categories must be unique; the demand class helps reading the chart too.
        categories.append(
            wrapped(tr("%1 (%2)").arg(label, r.value(QStringLiteral("demandClass")).toString()), n > 8 ? 13 : 18));
        *set << count;
        maxCount = std::max(maxCount, count);
        const double cum = r.value(QStringLiteral("cumulativeShare")).toDouble() * 100.0;
        cumulative->append(row, cum);
        points->append(row, cum);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(0.7);
    QValueAxis *share
        = addBarsWithPercentAxis(chart, bars, categories, tr("Contacts"), maxCount, tr("Cumulative %"), kOrange);
    chart->addSeries(cumulative);
    chart->addSeries(points);
    QAbstractAxis *x = bars->attachedAxes().constFirst();
    cumulative->attachAxis(x);
    cumulative->attachAxis(share);
    points->attachAxis(x);
    points->attachAxis(share);
    // The scatter only marks the line's points; one legend entry is enough.
    chart->legend()->markers(points).constFirst()->setVisible(false);
}

void ReportCharts::buildDemand(QChart *chart)
{
    reset(chart);
    DemandClassModel *classes = m_report->byDemandClass();
    int total = 0;
    for (int row = 0; row < classes->rowCount(); ++row)
        total += classes->rowObject(row).value(QStringLiteral("count")).toInt();
    if (total == 0) {
        chart->setTitle(tr("Demand classes: no contacts in this range"));
        return;
    }
    chart->setTitle(tr("Contacts by demand class<br><small>a: avoidable · b: answer now · c: can wait</small>"));
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.35);
    const QList<QColor> colors { kRed, kBlue, kGreen, kGrey };
    for (int row = 0; row < classes->rowCount(); ++row) {
        const QJsonObject r = classes->rowObject(row);
        const int count = r.value(QStringLiteral("count")).toInt();
        const QString cls = r.value(QStringLiteral("demandClass")).toString();
        auto *slice = pie->append(tr("%1: %2 %").arg(cls).arg(std::lround(100.0 * count / total)), count);
        const int colorIndex = cls == u"a" ? 0 : cls == u"b" ? 1 : cls == u"c" ? 2 : 3;
        slice->setColor(colors.at(colorIndex));
        slice->setBorderColor(Qt::white);
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ReportCharts::buildDaily(QChart *chart)
{
    reset(chart);
    ReportFiguresModel *daily = m_report->daily();
    if (daily->rowCount() == 0) {
        chart->setTitle(tr("Daily figures: nothing in this range"));
        return;
    }
    chart->setTitle(tr("Daily FCR, AHT and ASA"));
    QLineSeries *fcr = lineSeries(tr("FCR %"), kGreen, 2.5);
    QLineSeries *aht = lineSeries(tr("AHT (s)"), kBlue, 2);
    QLineSeries *asa = lineSeries(tr("ASA (s)"), kOrange, 2);
    double maxSeconds = 0;
    const auto [first, last] = forEachDay(daily, [&](int row, qint64 x) {
        if (auto v = daily->figure(row, "fcrRate"))
            fcr->append(x, *v * 100.0);
        if (auto v = daily->figure(row, "ahtSec")) {
            aht->append(x, *v);
            maxSeconds = std::max(maxSeconds, *v);
        }
        if (auto v = daily->figure(row, "asaSec")) {
            asa->append(x, *v);
            maxSeconds = std::max(maxSeconds, *v);
        }
    });
    chart->addSeries(fcr);
    chart->addSeries(aht);
    chart->addSeries(asa);
    QCategoryAxis *x = addDayAxis(chart, first, last);
    auto *percent = valueAxis(tr("FCR %"), 0, 100, QStringLiteral("%d"));
    percent->setLabelsColor(kGreen);
    chart->addAxis(percent, Qt::AlignLeft);
    auto *seconds = valueAxis(tr("Seconds"), 0, niceMax(maxSeconds), QStringLiteral("%d"));
    chart->addAxis(seconds, Qt::AlignRight);
    for (QLineSeries *series : { fcr, aht, asa })
        series->attachAxis(x);
    fcr->attachAxis(percent);
    aht->attachAxis(seconds);
    asa->attachAxis(seconds);
}

void ReportCharts::buildSatisfaction(QChart *chart)
{
    reset(chart);
    ReportFiguresModel *daily = m_report->daily();
    QLineSeries *csat = lineSeries(tr("CSAT (1–5)"), kBlue, 2.5);
    QLineSeries *nps = lineSeries(tr("NPS (−100…100)"), kRed, 2);
    const auto [first, last] = forEachDay(daily, [&](int row, qint64 x) {
        if (auto v = daily->figure(row, "csatAvg"))
            csat->append(x, *v);
        if (auto v = daily->figure(row, "nps"))
            nps->append(x, *v);
    });
    const QJsonObject totals = m_report->totals();
    const int surveys
        = totals.value(QStringLiteral("csatCount")).toInt() + totals.value(QStringLiteral("npsCount")).toInt();
    if (csat->count() + nps->count() == 0 || !first.isValid()) {
        delete csat;
        delete nps;
        chart->setTitle(tr("CSAT and NPS: no surveys in this range"));
        return;
    }
    const auto csatAvg = leadtext::number(totals.value(QStringLiteral("csatAvg")));
    const auto npsTotal = leadtext::number(totals.value(QStringLiteral("nps")));
    chart->setTitle(tr("CSAT %1 · NPS %2 (%3 surveys)")
                        .arg(csatAvg ? QLocale().toString(*csatAvg, 'f', 2) : QStringLiteral("–"),
                             npsTotal ? QLocale().toString(qint64(std::llround(*npsTotal))) : QStringLiteral("–"))
                        .arg(surveys));
    chart->addSeries(csat);
    chart->addSeries(nps);
    QCategoryAxis *x = addDayAxis(chart, first, last);
    auto *score = valueAxis(tr("CSAT"), 1, 5, QStringLiteral("%.1f"));
    score->setLabelsColor(kBlue);
    chart->addAxis(score, Qt::AlignLeft);
    auto *promoter = valueAxis(tr("NPS"), -100, 100, QStringLiteral("%d"));
    promoter->setLabelsColor(kRed);
    chart->addAxis(promoter, Qt::AlignRight);
    csat->attachAxis(x);
    csat->attachAxis(score);
    nps->attachAxis(x);
    nps->attachAxis(promoter);
}

} // namespace spocs
