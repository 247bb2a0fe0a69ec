#include "widgets/ErrorText.h"

#include <QLabel>

#include "models/OrderModel.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace spocs {

namespace {

// Each code's message, in ErrorCode's order; ErrorTextTest checks that every code has one.
struct CodeText
{
    ErrorCode code;
    const char *text;
};
constexpr CodeText kCodeTexts[] = {
    { ErrorCode::BadRequest, QT_TRANSLATE_NOOP("ErrorText", "The server did not understand the request.") },
    { ErrorCode::UnknownOp,
      QT_TRANSLATE_NOOP("ErrorText", "The server does not support this function. It may need an update.") },
    { ErrorCode::UnsupportedVersion,
      QT_TRANSLATE_NOOP("ErrorText", "This version of Spocs cannot talk to the server. Please update.") },
    { ErrorCode::Unauthenticated, QT_TRANSLATE_NOOP("ErrorText", "Your session has expired. Please sign in again.") },
    { ErrorCode::InvalidCredentials, QT_TRANSLATE_NOOP("ErrorText", "The user name or password is wrong.") },
    { ErrorCode::AccountLocked,
      QT_TRANSLATE_NOOP("ErrorText", "This account is locked. Please wait a while or ask your team lead.") },
    { ErrorCode::Forbidden, QT_TRANSLATE_NOOP("ErrorText", "You are not allowed to do this.") },
    { ErrorCode::NotFound, QT_TRANSLATE_NOOP("ErrorText", "The record was not found. It may have been deleted.") },
    { ErrorCode::VersionConflict,
      QT_TRANSLATE_NOOP("ErrorText",
                        "Someone else changed this record in the meantime. Please review the current data.") },
    { ErrorCode::Conflict,
      QT_TRANSLATE_NOOP("ErrorText", "This change conflicts with the current state of the record.") },
    { ErrorCode::RateLimited,
      QT_TRANSLATE_NOOP("ErrorText", "Too many requests. Please wait a moment and try again.") },
    { ErrorCode::TooLarge, QT_TRANSLATE_NOOP("ErrorText", "The request is too large.") },
    { ErrorCode::Unavailable,
      QT_TRANSLATE_NOOP("ErrorText", "The server cannot be reached. Check the address and your network.") },
    { ErrorCode::Timeout, QT_TRANSLATE_NOOP("ErrorText", "The server did not answer in time. Please try again.") },
    { ErrorCode::ResyncRequired,
      QT_TRANSLATE_NOOP("ErrorText", "Some updates were missed. The data is being reloaded.") },
    { ErrorCode::Internal, QT_TRANSLATE_NOOP("ErrorText", "An internal error occurred on the server.") },
    { ErrorCode::InsufficientStock, QT_TRANSLATE_NOOP("ErrorText", "Not enough stock is available for this order.") },
    { ErrorCode::InvalidState, QT_TRANSLATE_NOOP("ErrorText", "This is not possible in the record's current state.") },
    { ErrorCode::Queued,
      QT_TRANSLATE_NOOP("ErrorText", "Saved on this computer: it will be sent as soon as the connection is back.") },
};

} // namespace

QString errorText(ErrorCode code)
{
    for (const CodeText &entry : kCodeTexts) {
        if (entry.code == code)
            return QCoreApplication::translate("ErrorText", entry.text);
    }
    return QCoreApplication::translate("ErrorText", "An unknown error occurred.");
}

QString errorText(const Error &error)
{
    return errorText(error.code);
}

QString errorDetailText(const Error &error)
{
    const QJsonObject &d = error.details;
    switch (error.code) {
    case ErrorCode::InsufficientStock: {
        const QString sku = d.value(QStringLiteral("sku")).toString();
        if (sku.isEmpty())
            break;
        const int available = d.value(QStringLiteral("available")).toInt();
        const int requested = d.value(QStringLiteral("requested")).toInt();
        const int lead = d.value(QStringLiteral("leadTimeDays")).toInt();
        QString text = available > 0
            ? QCoreApplication::translate("ErrorText", "Only %1 of %2 are available (%3 requested).")
                  .arg(available)
                  .arg(sku)
                  .arg(requested)
            : QCoreApplication::translate("ErrorText", "%1 is out of stock.").arg(sku);
        if (lead > 0)
            text += QLatin1Char(' ')
                + QCoreApplication::translate("ErrorText", "More stock arrives in %n day(s).", nullptr, lead);
        return text;
    }
    case ErrorCode::InvalidState: {
        if (const int days = d.value(QStringLiteral("heldDays")).toInt(); days > 0)
            return QCoreApplication::translate(
                "ErrorText", "Not sent for more than %n day(s): the server may have applied it already.", nullptr,
                days);
        const QString sku = d.value(QStringLiteral("sku")).toString();
        if (!sku.isEmpty() && !d.contains(QStringLiteral("status")))
            return QCoreApplication::translate("ErrorText", "%1 is discontinued and can no longer be ordered.")
                .arg(sku);
        const QString status = d.value(QStringLiteral("status")).toString();
        if (status.isEmpty())
            break;
        QStringList allowed;
        for (const QJsonValue &v : d.value(QStringLiteral("allowed")).toArray())
            allowed << OrderModel::statusText(v.toString());
        QString text = QCoreApplication::translate("ErrorText", "Not possible: the record is already \"%1\".")
                           .arg(OrderModel::statusText(status));
        if (!allowed.isEmpty())
            text += QLatin1Char(' ')
                + QCoreApplication::translate("ErrorText", "This is only possible while it is: %1.")
                      .arg(allowed.join(QStringLiteral(", ")));
        return text;
    }
    case ErrorCode::BadRequest: {
        const QString field = d.value(QStringLiteral("field")).toString();
        if (field.isEmpty())
            break;
        return QCoreApplication::translate("ErrorText", "The value of \"%1\" was not accepted. Please check it.")
            .arg(field);
    }
    default:
        break;
    }
    return errorText(error);
}

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName, bool bold)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // server messages and customer data, never markup
    label->setStyleSheet(bold ? QStringLiteral("color: #c62828; font-weight: bold;")
                              : QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void showTextOrHide(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace spocs
