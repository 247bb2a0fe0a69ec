#include "widgets/ReasonEditorDialog.h"

#include "models/DemandClassText.h"
#include "models/ReasonCatalogue.h"
#include "models/SkillDirectory.h"
#include "widgets/DialogButtons.h"
#include "widgets/ErrorText.h"
#include "widgets/Layouts.h"
#include "widgets/WidgetNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTreeWidget>

namespace spocs {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

ReasonEditorDialog::ReasonEditorDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(ReasonCatalogue::of(connection))
    , m_skills(SkillDirectory::of(connection))
{
    setObjectName(QStringLiteral("reasonEditorDialog"));
    setWindowTitle(tr("Edit Contact Reasons"));

    m_tree = new QTreeWidget(this);
    setNames(m_tree, QStringLiteral("reasonEditorTree"), tr("Contact reasons"));
    m_tree->setHeaderLabels({ tr("Reason"), tr("Code"), tr("Class") });
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    m_editing = new QLabel(this);
    m_editing->setObjectName(QStringLiteral("reasonEditingLabel"));
    m_editing->setWordWrap(true);
    m_code = new QLineEdit(this);
    setNames(m_code, QStringLiteral("reasonCodeEdit"), tr("Code"));
    m_code->setPlaceholderText(tr("lower-case words joined by dots, e.g. billing.refund"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9_]+(\\.[a-z0-9_]+)*\\.?")), m_code));
    m_label = new QLineEdit(this);
    setNames(m_label, QStringLiteral("reasonLabelEdit"), tr("Label"));
    m_label->setMaxLength(200);
    m_demandClass = new QComboBox(this);
    setNames(m_demandClass, QStringLiteral("reasonDemandClassCombo"), tr("Demand class"));
    for (const QString &c : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }) {
        m_demandClass->addItem(demandclass::shortText(c), c);
        m_demandClass->setItemData(m_demandClass->count() - 1, demandclass::description(c), Qt::ToolTipRole);
    }
    m_forwardOnly = new QCheckBox(tr("&Forward only (cannot be closed as resolved)"), this);
    m_forwardOnly->setObjectName(QStringLiteral("reasonForwardOnlyCheck"));
    m_skill = new QComboBox(this);
    setNames(m_skill, QStringLiteral("reasonSkillCombo"), tr("Skill"));
    m_skill->addItem(tr("(none)"), QString());
    m_archived = new QCheckBox(tr("&Archived (can no longer be chosen)"), this);
    m_archived->setObjectName(QStringLiteral("reasonArchivedCheck"));

    auto *form = new QFormLayout;
    form->addRow(m_editing);
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Demand class:"), m_demandClass);
    form->addRow(tr("S&kill:"), m_skill);
    form->addRow(m_forwardOnly);
    form->addRow(m_archived);

    auto *newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("reasonNewButton"));
    newButton->setToolTip(tr("Start a new top-level reason"));
    m_newChildButton = new QPushButton(tr("New &Child"), this);
    m_newChildButton->setObjectName(QStringLiteral("reasonNewChildButton"));
    m_newChildButton->setToolTip(tr("Start a new reason below the selected one"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("reasonSaveButton"));
    m_saveButton->setDefault(true);
    connect(newButton, &QPushButton::clicked, this, &ReasonEditorDialog::startNew);
    connect(m_newChildButton, &QPushButton::clicked, this, &ReasonEditorDialog::startNewChild);
    connect(m_saveButton, &QPushButton::clicked, this, &ReasonEditorDialog::save);

    m_status = makeTextLabel(QStringLiteral("reasonEditorStatus"), this);

    QHBoxLayout *buttons = makeButtonRow({ newButton, m_newChildButton }, { m_saveButton });

    auto *right = new QWidget(this);
    stackWithoutMargins(right, { form, buttons, m_status })->addStretch(1);

    QSplitter *splitter = makeSplitter(Qt::Horizontal, QString(), { m_tree, right }, this);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    stackWithMargins(this, { { splitter, 1 }, close });
    resize(820, 480);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ReasonEditorDialog::onSelection);
    connect(m_code, &QLineEdit::textChanged, this, &ReasonEditorDialog::updateButtons);
    connect(m_label, &QLineEdit::textChanged, this, &ReasonEditorDialog::updateButtons);
    if (m_catalogue) {
        connect(m_catalogue, &SharedLookup::changed, this, &ReasonEditorDialog::showReasons);
        connect(m_catalogue, &ReasonCatalogue::reasonChanged, this, [this] {
            if (!m_saving) // the answer to our own save shows the saved reason itself
                showReasons();
        });
        connect(m_catalogue, &SharedLookup::loadFailed, this, [this](const Error &error) {
            m_status->setText(tr("The contact reasons could not be loaded: %1").arg(errorDetailText(error)));
        });
    }
    if (m_skills) {
        connect(m_skills, &SharedLookup::changed, this, &ReasonEditorDialog::loadSkills);
        connect(m_skills, &SharedLookup::loadFailed, this, [this](const Error &error) {
            m_status->setText(tr("The skills could not be loaded: %1").arg(errorDetailText(error)));
        });
    }
    startNew();
    loadSkills();
    if (m_skills)
        m_skills->load();
    reload();
}

void ReasonEditorDialog::loadSkills()
{
    if (!m_skills)
        return;
    const QString current = m_skill->currentData().toString();
    for (const SkillDirectory::Skill &skill : m_skills->skills()) {
        if (m_skill->findData(skill.code) < 0)
            m_skill->addItem(skill.label, skill.code);
    }
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(current)));
}

void ReasonEditorDialog::reload()
{
    if (m_catalogue)
        m_catalogue->reload();
}

void ReasonEditorDialog::showReasons()
{
    {
        // After a save the saved reason is shown; otherwise the form keeps what is being typed.
        const bool afterSave = m_selectAfterLoad > 0;
        const qint64 select = afterSave ? m_selectAfterLoad : m_editingId;
        m_selectAfterLoad = 0;
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        m_reasons.clear();
        QHash<qint64, QTreeWidgetItem *> items;
        QList<QJsonObject> pending;
        for (const QJsonValue &v : m_catalogue->items())
            pending.append(v.toObject());
        // Parents come before children; a few passes cover any other order.
        for (int pass = 0; pass < 8 && !pending.isEmpty(); ++pass) {
            QList<QJsonObject> later;
            for (const QJsonObject &reason : std::as_const(pending)) {
                const qint64 id = reason.value(QStringLiteral("id")).toInteger();
                const qint64 parent = reason.value(QStringLiteral("parent")).toInteger();
                QTreeWidgetItem *parentItem = parent > 0 ? items.value(parent) : nullptr;
                if (parent > 0 && !parentItem) {
                    later.append(reason);
                    continue;
                }
                auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
                QString label = reason.value(QStringLiteral("label")).toString();
                if (reason.value(QStringLiteral("archived")).toBool())
                    label = tr("%1 (archived)").arg(label);
                item->setText(0, label);
                item->setText(1, reason.value(QStringLiteral("code")).toString());
                item->setText(2, reason.value(QStringLiteral("demandClass")).toString().toUpper());
                item->setToolTip(2, demandclass::description(reason.value(QStringLiteral("demandClass")).toString()));
                item->setData(0, kIdRole, id);
                items.insert(id, item);
                m_reasons.insert(id, reason);
            }
            pending = later;
        }
        m_tree->expandAll();
        m_tree->resizeColumnToContents(1);
        if (QTreeWidgetItem *item = items.value(select)) {
            m_tree->setCurrentItem(item);
            if (afterSave)
                showReason(m_reasons.value(select));
        }
        updateButtons();
        Q_EMIT reasonsLoaded();
    }
}

bool ReasonEditorDialog::selectReason(const QString &code)
{
    const QList<QTreeWidgetItem *> found = m_tree->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, 1);
    if (found.isEmpty())
        return false;
    m_tree->setCurrentItem(found.first());
    return true;
}

void ReasonEditorDialog::onSelection()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.isEmpty())
        return;
    showReason(m_reasons.value(selected.first()->data(0, kIdRole).toLongLong()));
}

void ReasonEditorDialog::showReason(const QJsonObject &reason)
{
    m_editingId = reason.value(QStringLiteral("id")).toInteger();
    m_parentId = reason.value(QStringLiteral("parent")).toInteger();
    m_forwardTo = reason.value(QStringLiteral("forwardTo")).toObject().value(QStringLiteral("id")).toInteger();
    m_code->setText(reason.value(QStringLiteral("code")).toString());
    m_label->setText(reason.value(QStringLiteral("label")).toString());
    m_demandClass->setCurrentIndex(
        std::max(0, m_demandClass->findData(reason.value(QStringLiteral("demandClass")).toString())));
    m_forwardOnly->setChecked(reason.value(QStringLiteral("forwardOnly")).toBool());
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(reason.value(QStringLiteral("skill")).toString())));
    m_archived->setChecked(reason.value(QStringLiteral("archived")).toBool());
    m_editing->setText(tr("Editing “%1”").arg(m_label->text()));
    m_status->clear();
    updateButtons();
}

void ReasonEditorDialog::startNew()
{
    m_editingId = 0;
    m_parentId = 0;
    m_forwardTo = 0;
    m_code->clear();
    m_label->clear();
    m_demandClass->setCurrentIndex(m_demandClass->findData(QStringLiteral("c")));
    m_forwardOnly->setChecked(false);
    m_skill->setCurrentIndex(0);
    m_archived->setChecked(false);
    m_editing->setText(tr("New top-level reason"));
    m_status->clear();
    m_code->setFocus();
    updateButtons();
}

void ReasonEditorDialog::startNewChild()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.isEmpty())
        return;
    const QJsonObject parent = m_reasons.value(selected.first()->data(0, kIdRole).toLongLong());
    startNew();
    m_parentId = parent.value(QStringLiteral("id")).toInteger();
    const QString parentCode = parent.value(QStringLiteral("code")).toString();
    m_code->setText(parentCode + QLatin1Char('.'));
    m_demandClass->setCurrentIndex(
        std::max(0, m_demandClass->findData(parent.value(QStringLiteral("demandClass")).toString())));
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(parent.value(QStringLiteral("skill")).toString())));
    m_editing->setText(tr("New reason below “%1”").arg(parent.value(QStringLiteral("label")).toString()));
    updateButtons();
}

void ReasonEditorDialog::updateButtons()
{
    m_newChildButton->setEnabled(!m_tree->selectedItems().isEmpty());
    const QString code = m_code->text().trimmed();
    m_saveButton->setEnabled(!m_saving && !code.isEmpty() && !code.endsWith(QLatin1Char('.'))
                             && !m_label->text().trimmed().isEmpty());
}

void ReasonEditorDialog::save()
{
    if (!m_catalogue || !m_saveButton->isEnabled())
        return;
    QJsonObject reason { { QStringLiteral("code"), m_code->text().trimmed() },
                         { QStringLiteral("label"), m_label->text().trimmed() },
                         { QStringLiteral("demandClass"), m_demandClass->currentData().toString() },
                         { QStringLiteral("forwardOnly"), m_forwardOnly->isChecked() },
                         { QStringLiteral("archived"), m_archived->isChecked() } };
    if (m_editingId > 0)
        reason.insert(QStringLiteral("id"), m_editingId);
    if (m_parentId > 0)
        reason.insert(QStringLiteral("parent"), m_parentId);
    const QString skill = m_skill->currentData().toString();
    if (!skill.isEmpty())
        reason.insert(QStringLiteral("skill"), skill);
    if (m_forwardTo > 0)
        reason.insert(QStringLiteral("forwardTo"), m_forwardTo);
    m_saving = true;
    updateButtons();
    m_status->setText(tr("Saving…"));
    m_catalogue->save(reason, this, [this](const Result<QJsonObject> &result) {
        m_saving = false;
        updateButtons();
        if (!result.ok()) {
            m_status->setText(tr("The reason could not be saved: %1").arg(errorDetailText(result.error())));
            Q_EMIT saveFailed(result.error());
            return;
        }
        const QJsonObject saved = *result;
        m_selectAfterLoad = saved.value(QStringLiteral("id")).toInteger();
        m_editingId = m_selectAfterLoad;
        m_status->setText(tr("Saved “%1”.").arg(saved.value(QStringLiteral("label")).toString()));
        Q_EMIT this->saved(saved);
        showReasons();
    });
}

} // namespace spocs
