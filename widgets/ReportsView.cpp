#include "widgets/ReportsView.h"

#include "client/Connection.h"
#include "models/LeadText.h"
#include "models/ReportCsv.h"
#include "models/ReportModels.h"
#include "models/SkillDirectory.h"
#include "widgets/ActionButton.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"
#include "widgets/ReportCharts.h"
#include "widgets/WidgetNames.h"

#include <QChartView>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace spocs {

ReportsView::ReportsView(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_loader(new ReportLoader(this))
{
    setNames(this, QStringLiteral("reportsView"), tr("Reports"));
    m_loader->setConnection(connection);

    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = new QDateEdit(today.addDays(-6), this);
    setNames(m_from, QStringLiteral("reportFromEdit"), tr("From"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    setNames(m_to, QStringLiteral("reportToEdit"), tr("To"));
    m_to->setCalendarPopup(true);
    m_queue = new QComboBox(this);
    setNames(m_queue, QStringLiteral("reportQueueCombo"), tr("Queue"));
    m_queue->addItem(tr("All queues"), QString());
    m_queue->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto preset = [this](const QString &text, const QString &name, int days) {
        auto *button = new QToolButton(this);
        button->setText(text);
        setNames(button, name, text);
        connect(button, &QToolButton::clicked, this, [this, days] {
            const QDate end = QDateTime::currentDateTimeUtc().date();
            setRange(end.addDays(-(days - 1)), end);
            refresh();
        });
        return button;
    };

    m_showButton = new QPushButton(tr("Sho&w"), this);
    setNames(m_showButton, QStringLiteral("reportShowButton"), tr("Show report"));
    m_showButton->setToolTip(tr("Load the report for this range"));
    connect(m_showButton, &QPushButton::clicked, this, &ReportsView::refresh);

    m_exportAction = makeAction(tr("E&xport Report as CSV…"), QStringLiteral("leadExportCsvAction"),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X),
                                tr("Save every table of the report as a CSV file"), this);
    connect(m_exportAction, &QAction::triggered, this, &ReportsView::showExportDialog);
    auto *exportButton = makeActionButton(m_exportAction, tr("Export CSV…"), QStringLiteral("reportExportButton"),
                                          tr("Export CSV"), this);

    auto *fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);
    auto *queueLabel = new QLabel(tr("&Queue:"), this);
    queueLabel->setBuddy(m_queue);
    // The range on one side, the buttons on the other; below each other when both do not fit in one
    // row (beside the knowledge dock at 1024 px, in German), rather than cut ("Warteschla", "exportiere").
    m_rangeRow = new QHBoxLayout;
    m_rangeRow->addWidget(fromLabel);
    m_rangeRow->addWidget(m_from);
    m_rangeRow->addWidget(toLabel);
    m_rangeRow->addWidget(m_to);
    m_rangeRow->addWidget(queueLabel);
    m_rangeRow->addWidget(m_queue);
    m_rangeRow->addStretch(1);
    m_actionRow = new QHBoxLayout;
    m_actionRow->addWidget(preset(tr("Today"), QStringLiteral("reportTodayButton"), 1));
    m_actionRow->addWidget(preset(tr("7 days"), QStringLiteral("report7DaysButton"), 7));
    m_actionRow->addWidget(preset(tr("30 days"), QStringLiteral("report30DaysButton"), 30));
    m_actionRow->addWidget(m_showButton);
    m_actionRow->addStretch(1);
    m_actionRow->addWidget(exportButton);
    m_bar = new QBoxLayout(QBoxLayout::LeftToRight);
    m_bar->addLayout(m_rangeRow);
    m_bar->addLayout(m_actionRow);

    m_status = makeTextLabel(QStringLiteral("reportStatus"), this);

    // Key figures for the whole range.
    auto *tiles = new QFrame(this);
    tiles->setObjectName(QStringLiteral("reportTiles"));
    tiles->setFrameShape(QFrame::StyledPanel);
    auto *tileGrid = new QGridLayout(tiles);
    tileGrid->setContentsMargins(8, 6, 8, 6);
    tileGrid->setVerticalSpacing(4);
    const QStringList tileFigures { QStringLiteral("contacts"),
                                    QStringLiteral("fcrRate"),
                                    QStringLiteral("ahtSec"),
                                    QStringLiteral("asaSec"),
                                    QStringLiteral("serviceLevel"),
                                    QStringLiteral("abandonRate"),
                                    QStringLiteral("transfersPerContact"),
                                    QStringLiteral("consultsPerContact"),
                                    QStringLiteral("repeatRate"),
                                    QStringLiteral("csatAvg"),
                                    QStringLiteral("nps") };
    const QList<reportfigure::Field> fields = reportfigure::fields();
    // Two rows of figures, each figure as wide as its own caption: eleven in one row, or columns shared by both
    // rows, left no room beside the knowledge dock at 1024 px for captions that have no space to break at
    // ("Transfers/contact", German "Übergaben/Kontakt", "Wiederholungsquote").
    const qsizetype perRow = (tileFigures.size() + 1) / 2;
    QHBoxLayout *tileRow = nullptr;
    for (qsizetype i = 0; i < tileFigures.size(); ++i) {
        const QString &figure = tileFigures.at(i);
        if (i % perRow == 0) {
            if (tileRow)
                tileRow->addStretch(1);
            tileRow = new QHBoxLayout;
            tileRow->setSpacing(16);
            tileGrid->addLayout(tileRow, int(i / perRow), 0);
        }
        auto it = std::find_if(fields.cbegin(), fields.cend(),
                               [&](const reportfigure::Field &f) { return figure == QLatin1String(f.key); });
        auto *caption = new QLabel(it != fields.cend() ? reportfigure::label(*it) : figure, tiles);
        caption->setObjectName(QStringLiteral("reportTileCaption_%1").arg(figure));
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(QStringLiteral("–"), tiles);
        value->setObjectName(QStringLiteral("reportTile_%1").arg(figure));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.35);
        big.setBold(true);
        value->setFont(big);
        value->setAccessibleName(caption->text());
        auto *tile = new QVBoxLayout;
        tile->setSpacing(4);
        tile->addWidget(caption);
        tile->addWidget(value);
        tileRow->addLayout(tile);
        m_tiles.append({ figure, value });
    }
    tileRow->addStretch(1);
    const int headlineRow = int((tileFigures.size() + perRow - 1) / perRow);
    // The demand method's headline: how much of the work should not exist at all.
    m_avoidable = new QLabel(QStringLiteral("–"), tiles);
    setNames(m_avoidable, QStringLiteral("reportAvoidableHeadline"), tr("Avoidable demand"));
    QFont headline = m_avoidable->font();
    headline.setBold(true);
    m_avoidable->setFont(headline);
    m_avoidable->setWordWrap(true);
    m_avoidable->setToolTip(tr("Contacts with at least one reason of demand class a (avoidable: the cause can be "
                               "eliminated at the root), of all contacts with a reason"));
    tileGrid->addWidget(m_avoidable, headlineRow, 0);
    // Demand the public FAQ met before it became a contact.
    m_selfService = new QLabel(QStringLiteral("–"), tiles);
    setNames(m_selfService, QStringLiteral("reportSelfServiceHeadline"), tr("Answered by the public FAQ"));
    m_selfService->setWordWrap(true);
    m_selfService->setToolTip(tr("Visitors who marked a public FAQ article \"This answered my question\" on the "
                                 "web, of those and the inbound contacts together: demand met without a contact"));
    tileGrid->addWidget(m_selfService, headlineRow + 1, 0);

    m_charts = new ReportCharts(m_loader, this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reportTabs"));
    tabs->addTab(m_charts, tr("Charts"));
    struct TableTab
    {
        QAbstractItemModel *model;
        QString objectName;
        QString accessibleName;
        QString title;
    };
    const TableTab tableTabs[] = {
        { m_loader->byQueue(), QStringLiteral("reportQueueTable"), tr("Figures by queue"), tr("By queue") },
        { m_loader->daily(), QStringLiteral("reportDailyTable"), tr("Figures by day"), tr("By day") },
        { m_loader->byReason(), QStringLiteral("reportReasonTable"), tr("Contacts by reason"),
          tr("By reason (Pareto)") },
        { m_loader->byDemandClass(), QStringLiteral("reportDemandTable"), tr("Contacts by demand class"),
          tr("By demand class") },
    };
    for (const TableTab &tab : tableTabs) {
        m_tables.append(makeRecordTable(tab.model, tab.objectName, tab.accessibleName, this));
        tabs->addTab(m_tables.last(), tab.title);
    }
    tabs->addTab(makeAgentTab(), tr("By agent"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(tiles);
    layout->addWidget(tabs, 1);

    connect(m_loader, &ReportLoader::reportChanged, this, [this] {
        m_error.clear();
        updateTiles();
        updateState();
        for (QTableView *table : std::as_const(m_tables))
            table->resizeColumnsToContents();
    });
    connect(m_loader, &ReportLoader::busyChanged, this, &ReportsView::updateState);
    connect(m_loader, &ReportLoader::loadFailed, this, [this](const Error &error) {
        m_error = errorDetailText(error);
        updateState();
    });
    updateState();
}

void ReportsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QMargins margins = layout()->contentsMargins();
    const int oneRow = m_rangeRow->sizeHint().width() + m_bar->spacing() + m_actionRow->sizeHint().width();
    m_bar->setDirection(oneRow <= width() - margins.left() - margins.right() ? QBoxLayout::LeftToRight
                                                                             : QBoxLayout::TopToBottom);
}

QWidget *ReportsView::makeAgentTab()
{
    QSortFilterProxyModel *sorted = makeSortProxy(m_loader->byAgent(), ReportFiguresModel::SortRole, this);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    sorted->setSortLocaleAware(true);
    QTableView *agentTable = makeRecordTable(sorted, QStringLiteral("reportAgentTable"), tr("Figures by agent"), this);
    agentTable->setSortingEnabled(true);
    agentTable->sortByColumn(0, Qt::AscendingOrder);
    m_tables.append(agentTable);
    QSplitter *split = makeSplitter(Qt::Vertical, QStringLiteral("reportAgentSplitter"),
                                    { m_charts->agentView(), agentTable }, this);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    return split;
}

QString ReportsView::selfServiceHeadline() const
{
    return m_selfService->text();
}

QString ReportsView::avoidableHeadline() const
{
    return m_avoidable->text();
}

void ReportsView::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsView::ensureLoaded()
{
    if (!m_loadedOnce)
        refresh();
}

void ReportsView::refresh()
{
    loadQueues();
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from) {
        std::swap(from, to);
        setRange(from, to);
    }
    m_loadedOnce = true;
    m_loader->load(from, to, m_queue->currentData().toString());
}

void ReportsView::loadQueues()
{
    // The queue filter lists the skills (one queue per skill); the shared directory loads them once.
    if (m_queuesLoaded || !m_connection)
        return;
    SkillDirectory *skills = SkillDirectory::of(m_connection);
    m_queuesLoaded = true;
    const auto fill = [this, skills] {
        const QString current = m_queue->currentData().toString();
        for (const SkillDirectory::Skill &skill : skills->skills()) {
            if (m_queue->findData(skill.code) < 0)
                m_queue->addItem(skill.label, skill.code);
        }
        m_queue->setCurrentIndex(std::max(0, m_queue->findData(current)));
    };
    connect(skills, &SharedLookup::changed, this, fill);
    fill();
    skills->load();
}

QString ReportsView::tileText(const QString &figure) const
{
    for (const auto &tile : m_tiles) {
        if (tile.first == figure)
            return tile.second->text();
    }
    return {};
}

void ReportsView::updateTiles()
{
    const ReportLoader::AvoidableDemand avoidable = m_loader->avoidableDemand();
    m_avoidable->setText(avoidable.share
                             ? tr("Avoidable demand (class a): %1 of contacts (%2 of %3 with a reason), "
                                  "work that should not exist")
                                   .arg(leadtext::percent(avoidable.share), QLocale().toString(avoidable.contacts),
                                        QLocale().toString(avoidable.classified))
                             : tr("Avoidable demand (class a): –"));
    const ReportLoader::SelfService selfService = m_loader->selfService();
    QStringList articles;
    for (const auto &[title, count] : selfService.topArticles)
        articles.append(tr("\u201c%1\u201d (%2)").arg(title, QLocale().toString(count)));
    const int helped = int(selfService.helped);
    m_selfService->setText(
        !selfService.share ? tr("Answered by the public FAQ: –")
            : articles.isEmpty()
            ? tr("Answered by the public FAQ: %n question(s) (%1 of inbound demand)", "", helped)
                  .arg(leadtext::percent(selfService.share))
            : tr("Answered by the public FAQ: %n question(s) (%1 of inbound demand); most helpful: %2", "", helped)
                  .arg(leadtext::percent(selfService.share), QLocale().createSeparatedList(articles)));
    const QJsonObject totals = m_loader->totals();
    const QList<reportfigure::Field> fields = reportfigure::fields();
    for (const auto &tile : std::as_const(m_tiles)) {
        auto it = std::find_if(fields.cbegin(), fields.cend(),
                               [&](const reportfigure::Field &f) { return tile.first == QLatin1String(f.key); });
        if (it == fields.cend())
            continue;
        tile.second->setText(totals.isEmpty() ? QStringLiteral("–")
                                              : reportfigure::text(*it, totals.value(tile.first)));
    }
}

void ReportsView::updateState()
{
    const bool busy = m_loader->isBusy();
    m_showButton->setEnabled(!busy);
    const bool canExport = m_loader->hasReport() && !busy;
    m_exportAction->setEnabled(canExport);
    if (!m_error.isEmpty())
        m_status->setText(tr("The report could not be loaded: %1").arg(m_error));
    else if (busy)
        m_status->setText(tr("Loading the report…"));
    else if (m_loader->hasReport())
        m_status->setText(
            tr("Report from %1 to %2 (UTC days), %3.")
                .arg(QLocale().toString(m_loader->from(), QLocale::ShortFormat),
                     QLocale().toString(m_loader->to(), QLocale::ShortFormat),
                     m_queue->currentData().toString().isEmpty() ? tr("all queues") : m_queue->currentText())
            + (m_loader->team().isEmpty() ? QString()
                                          : QLatin1Char(' ') + tr("Agents: team %1.").arg(m_loader->team())));
    else
        m_status->setText(tr("Choose a range and press Show."));
}

QStringList ReportsView::exportCsv(const QString &directory)
{
    if (!m_loader->hasReport()) {
        Q_EMIT statusMessage(tr("There is no report to export yet."));
        return {};
    }
    const QString stem = QStringLiteral("spocs-report-%1_%2")
                             .arg(m_loader->from().toString(Qt::ISODate), m_loader->to().toString(Qt::ISODate));
    const struct
    {
        const char *suffix;
        const QAbstractItemModel *model;
        int rawRole;
    } tables[] = {
        { "queues", m_loader->byQueue(), ReportFiguresModel::RawRole },
        { "daily", m_loader->daily(), ReportFiguresModel::RawRole },
        { "reasons", m_loader->byReason(), ReasonParetoModel::RawRole },
        { "demand-classes", m_loader->byDemandClass(), DemandClassModel::RawRole },
        { "agents", m_loader->byAgent(), ReportFiguresModel::RawRole },
    };
    QStringList written;
    const QDir dir(directory);
    for (const auto &table : tables) {
        const QString path = dir.filePath(QStringLiteral("%1-%2.csv").arg(stem, QLatin1String(table.suffix)));
        QString error;
        if (!reportcsv::writeFile(path, reportcsv::fromModel(*table.model, table.rawRole), &error)) {
            Q_EMIT statusMessage(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
            return {};
        }
        written.append(path);
    }
    Q_EMIT statusMessage(
        tr("Saved %n CSV file(s) to %1.", nullptr, int(written.size())).arg(QDir::toNativeSeparators(directory)));
    return written;
}

void ReportsView::showExportDialog()
{
    if (!m_loader->hasReport())
        return;
    auto *dialog = new QFileDialog(this, tr("Export the Report to a Folder"));
    dialog->setObjectName(QStringLiteral("reportExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &directory) { exportCsv(directory); });
    dialog->open();
}

} // namespace spocs
