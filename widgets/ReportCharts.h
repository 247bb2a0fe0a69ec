#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;

namespace spocs {

class ReportLoader;

// The report's charts: the Pareto of contact reasons (bars, cumulative share as a line: the root
// causes worth eliminating), contacts by demand class, daily FCR/AHT/ASA, daily CSAT/NPS, and
// contacts handled with FCR per agent (agentView(), which the reports view shows beside the per-agent table).
class ReportCharts : public QWidget
{
    Q_OBJECT

public:
    explicit ReportCharts(ReportLoader *report, QWidget *parent = nullptr);

    QChartView *agentView() const { return m_agents; }

    // Rebuilds every chart from the report's tables.
    void rebuild();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildPareto(QChart *chart);
    void buildDemand(QChart *chart);
    void buildDaily(QChart *chart);
    void buildSatisfaction(QChart *chart);
    void buildAgents(QChart *chart);

    // Three charts below the Pareto in a wide window; in a narrow one two, the demand classes alone in a row.
    void arrange(int columns);

    ReportLoader *m_report = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    QChartView *m_pareto = nullptr;
    QChartView *m_demand = nullptr;
    QChartView *m_daily = nullptr;
    QChartView *m_satisfaction = nullptr;
    QChartView *m_agents = nullptr;
};

} // namespace spocs
