#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace spocs {

// Hands the contact on: warm (to the expert already consulted, with a note), cold (to someone
// available), or forward (a forward-only reason to its designated person or group). Only
// collects the choice; the consult session sends the op. Opened with open(), never exec().
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Warm, Cold, Forward };
    Q_ENUM(Mode)

    explicit TransferDialog(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // expert.find rows ({user, state, …}) the contact can go to; offline/break ones are listed
    // but cannot be chosen.
    void setTargets(const QList<QJsonObject> &experts, qint64 preselectUserId = 0);
    // Forward-only reasons ({code, label, forwardTo}).
    void setReasons(const QJsonArray &reasons, const QString &preselectCode = QString());

    qint64 target() const;
    QString reason() const;
    QString note() const;

    void accept() override;

Q_SIGNALS:
    void transferRequested(qint64 to, const QString &kind, const QString &note);
    void forwardRequested(const QString &reason, const QString &note);

private:
    void updateOk();

    Mode m_mode;
    QComboBox *m_target = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace spocs
