#pragma once

#include <QString>

#include <functional>

namespace spocs {

// CommonMark (cmark) to HTML for every place that shows an article: the desktop's reader and
// the public FAQ export. The output is always safe to show: raw HTML in the Markdown is
// omitted, links with a script or data scheme lose their target, and quotes nested deeper
// than kMaxQuoteDepth are flattened (a hostile body of 64,000 '>' renders as a few levels).
struct MarkdownOptions
{
    // Added to every heading level (at most h6): the export's page title is the only <h1>.
    int headingShift = 0;
    // Maps a link's target to the target to write; an empty result keeps only the link's text.
    std::function<QString(const QString &)> linkTarget;
    // Images become their description (the offline export carries no images).
    bool imagesAsText = false;
    // When set, so does each image whose target it refuses (a copy keeps no image it would fetch).
    std::function<bool(const QString &)> keepImage;
};

constexpr int kMaxQuoteDepth = 8;

QString markdownToHtml(const QString &markdown, const MarkdownOptions &options = {});

} // namespace spocs
