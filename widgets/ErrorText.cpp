#include "widgets/ErrorText.h"

#include <QLabel>

#include "models/OrderModel.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace spocs {

QString errorText(ErrorCode code)
{
    // No default: the compiler warns when a new code is appended without a text.
    switch (code) {
    case ErrorCode::BadRequest:
        return QCoreApplication::translate("ErrorText", "The server did not understand the request.");
    case ErrorCode::UnknownOp:
        return QCoreApplication::translate("ErrorText",
                                           "The server does not support this function. It may need an update.");
    case ErrorCode::UnsupportedVersion:
        return QCoreApplication::translate("ErrorText",
                                           "This version of Spocs cannot talk to the server. Please update.");
    case ErrorCode::Unauthenticated:
        return QCoreApplication::translate("ErrorText", "Your session has expired. Please sign in again.");
    case ErrorCode::InvalidCredentials:
        return QCoreApplication::translate("ErrorText", "The user name or password is wrong.");
    case ErrorCode::AccountLocked:
        return QCoreApplication::translate("ErrorText",
                                           "This account is locked. Please wait a while or ask your team lead.");
    case ErrorCode::Forbidden:
        return QCoreApplication::translate("ErrorText", "You are not allowed to do this.");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("ErrorText", "The record was not found. It may have been deleted.");
    case ErrorCode::VersionConflict:
        return QCoreApplication::translate(
            "ErrorText", "Someone else changed this record in the meantime. Please review the current data.");
    case ErrorCode::Conflict:
        return QCoreApplication::translate("ErrorText", "This change conflicts with the current state of the record.");
    case ErrorCode::RateLimited:
        return QCoreApplication::translate("ErrorText", "Too many requests. Please wait a moment and try again.");
    case ErrorCode::TooLarge:
        return QCoreApplication::translate("ErrorText", "The request is too large.");
    case ErrorCode::Unavailable:
        return QCoreApplication::translate("ErrorText",
                                           "The server cannot be reached. Check the address and your network.");
    case ErrorCode::Timeout:
        return QCoreApplication::translate("ErrorText", "The server did not answer in time. Please try again.");
    case ErrorCode::ResyncRequired:
        return QCoreApplication::translate("ErrorText", "Some updates were missed. The data is being reloaded.");
    case ErrorCode::Internal:
        return QCoreApplication::translate("ErrorText", "An internal error occurred on the server.");
    case ErrorCode::InsufficientStock:
        return QCoreApplication::translate("ErrorText", "Not enough stock is available for this order.");
    case ErrorCode::InvalidState:
        return QCoreApplication::translate("ErrorText", "This is not possible in the record's current state.");
    case ErrorCode::Queued:
        return QCoreApplication::translate(
            "ErrorText", "Saved on this computer: it will be sent as soon as the connection is back.");
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

} // namespace spocs
