#include "widgets/DiffHtml.h"

namespace spocs {

QString diffHtml(const QList<DiffLine> &lines)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    for (const DiffLine &line : lines) {
        QString color;
        QString mark = QStringLiteral("&nbsp;");
        switch (line.kind) {
        case DiffLine::Kind::Removed:
            color = QStringLiteral("#ffd7d5");
            mark = QStringLiteral("−");
            break;
        case DiffLine::Kind::Added:
            color = QStringLiteral("#d2f5d6");
            mark = QStringLiteral("+");
            break;
        case DiffLine::Kind::Blank:
            color = QStringLiteral("#f0f0f0");
            break;
        case DiffLine::Kind::Same:
            break;
        }
        const QString text = line.text.isEmpty() ? QStringLiteral("&nbsp;") : line.text.toHtmlEscaped();
        html += QStringLiteral("<tr><td%1 style=\"white-space:pre; font-family:monospace\">%2 %3</td></tr>")
                    .arg(color.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(color), mark, text);
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace spocs
