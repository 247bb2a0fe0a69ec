#pragma once

#include <QDate>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QBoxLayout;
class QHBoxLayout;
class QResizeEvent;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace spocs {

class Connection;
class ReportCharts;
class ReportLoader;

// Reports for a date range (and optionally one queue): key figures, charts, and the tables by
// queue, by day, by reason (Pareto), by demand class (with the avoidable share as a headline) and by
// agent (a sortable table with its chart), each exportable as CSV.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsView(Connection *connection, QWidget *parent = nullptr);

    ReportLoader *loader() const { return m_loader; }
    QDateEdit *fromEdit() const { return m_from; }
    QAction *exportAction() const { return m_exportAction; }
    // "Avoidable demand (class a): 31 % of contacts …"
    QString avoidableHeadline() const;
    QString selfServiceHeadline() const;
    // The text of one key figure tile ("contacts", "fcrRate", ... as in report.get's Figures).
    QString tileText(const QString &figure) const;

    void setRange(const QDate &from, const QDate &to);
    // Loads the report for the range and queue in the editors.
    void refresh();
    // Loads once, the first time the view is shown (or now when never loaded).
    void ensureLoaded();

    // Writes one CSV per table into directory; returns the files written (empty on failure, with
    // a statusMessage saying why). Ctrl+Alt+X asks for the folder first.
    QStringList exportCsv(const QString &directory);
    void showExportDialog();

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTiles();
    QWidget *makeAgentTab();
    void updateState();
    void loadQueues();

    QPointer<Connection> m_connection;
    ReportLoader *m_loader = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_queue = nullptr;
    QPushButton *m_showButton = nullptr;
    QBoxLayout *m_bar = nullptr; // the range row and the action row: side by side, or one above the other
    QHBoxLayout *m_rangeRow = nullptr;
    QHBoxLayout *m_actionRow = nullptr;
    QLabel *m_status = nullptr;
    QList<QPair<QString, QLabel *>> m_tiles;
    ReportCharts *m_charts = nullptr;
    QList<QTableView *> m_tables; // resized to their contents after each load
    QLabel *m_avoidable = nullptr;
    QLabel *m_selfService = nullptr;
    QAction *m_exportAction = nullptr;
    QString m_error;
    bool m_loadedOnce = false;
    bool m_queuesLoaded = false;
};

} // namespace spocs
