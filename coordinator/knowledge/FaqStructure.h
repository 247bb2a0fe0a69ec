#pragma once

#include "coordinator/knowledge/HtmlTree.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace spocs::kbimport {

// One question of an FAQ page: its title (without its number) and the nodes of its answer.
struct FaqQuestion
{
    QString title;
    QString anchor; // the id the question's section or heading has in the page, if any
    std::vector<const HtmlNode *> answer;
};

// What an HTML page holds as an FAQ, found from its structure:
//  1. headings (h2-h4) that are questions: numbered ("7.12. How ...", DocBook), ending in "?",
//     or the leaf sections of a page whose sections are mostly questions (Sphinx); the answer
//     is the heading's section (without the sections of other questions in it) or, without a
//     section element, what follows the heading up to the next heading of its level;
//  2. otherwise an in-page table of contents: links to "#anchor" whose targets follow them;
//  3. otherwise definition lists whose terms are questions.
// Navigation, headers, footers, sidebars and tables of contents are never part of an answer,
// and glossaries inside answers stay in the answer.
struct FaqPage
{
    QString title; // the page's title or first h1, without "Chapter N."
    QList<FaqQuestion> questions; // empty: not an FAQ page
    // Other pages of the same FAQ, as their tables of contents and "next" links name them
    // (relative hrefs without fragment, in document order).
    QStringList chapterLinks;
};

FaqPage readFaqPage(const HtmlTree &tree);

// "(12) How do I ...", "7.12. How ...", "Q: How ..." -> "How ...".
QString cleanTitle(const QString &raw);

} // namespace spocs::kbimport
