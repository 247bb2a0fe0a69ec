#pragma once

#include "models/AccountDraft.h"

#include <QDialog>

class QTreeWidget;

namespace spocs {

// After version_conflict on account.update: which fields someone else changed, your value
// and theirs side by side; "Reapply my changes" keeps yours and saves on the new version.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Reapply = 1, TakeTheirs = 2 };

    ConflictDialog(const AccountDraft *draft, QWidget *parent = nullptr);

private:
};

} // namespace spocs
