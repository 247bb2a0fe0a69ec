#include "widgets/ConflictDialog.h"

#include "widgets/DialogButtons.h"
#include "widgets/ItemViews.h"
#include "widgets/Layouts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace spocs {

ConflictDialog::ConflictDialog(const AccountDraft *draft, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    auto *intro = makeIntroLabel(tr("Someone else saved this customer while you were editing. Compare the values and "
                                    "decide which to keep."),
                                 this);
    QTreeWidget *table = makeItemTree({ tr("Field"), tr("Yours"), tr("Theirs (now saved)") },
                                      QStringLiteral("conflictTable"), tr("Changed fields: yours and theirs"), this);
    table->header()->setSectionResizeMode(QHeaderView::Stretch);
    wrapRowsInColumns(table); // notes are long: both sides whole
    const QList<AccountDraft::Field> conflicts = draft->conflicts();
    for (AccountDraft::Field f : draft->dirtyFields()) {
        auto *item
            = new QTreeWidgetItem(table, { AccountDraft::fieldLabel(f), draft->value(f), draft->serverValue(f) });
        if (conflicts.contains(f)) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 3; ++c)
                item->setFont(c, bold);
        }
    }
    auto *buttons = new QDialogButtonBox(this);
    auto *reapply = buttons->addButton(tr("&Reapply My Changes"), QDialogButtonBox::AcceptRole);
    reapply->setObjectName(QStringLiteral("reapplyButton"));
    reapply->setDefault(true);
    auto *theirs = buttons->addButton(tr("&Keep Theirs"), QDialogButtonBox::DestructiveRole);
    theirs->setObjectName(QStringLiteral("keepTheirsButton"));
    auto *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("decideLaterButton"));
    connect(reapply, &QPushButton::clicked, this, [this] { done(Reapply); });
    connect(theirs, &QPushButton::clicked, this, [this] { done(TakeTheirs); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    stackWithMargins(this, { intro, { table, 1 }, buttons });
    resize(620, 320);
}

} // namespace spocs
