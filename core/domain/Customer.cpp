#include "core/domain/Customer.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(AccountStatus, "prospect", "active", "suspended", "closed")

namespace {

template<typename Io, typename T> void addressFields(Io &io, T &v)
{
    io("street", v.street);
    io("city", v.city);
    io("postcode", v.postcode);
    io("country", v.country);
}

template<typename Io, typename T> void accountFields(Io &io, T &v)
{
    io("number", v.number);
    io("status", v.status);
    io("plan", v.plan);
    io("creditLimit", v.creditLimit);
    io("balance", v.balance);
    io("currency", v.currency);
    io("openedOn", v.openedOn);
    io("version", v.version);
}

template<typename Io, typename T> void customerFields(Io &io, T &v)
{
    io("id", v.id);
    io("name", v.name);
    io("company", v.company);
    io("emails", v.emails);
    io("phones", v.phones);
    io("address", v.address);
    io("language", v.language);
    io("flags", v.flags);
    io("notes", v.notes);
    io("preferredChannel", v.preferredChannel);
    io("expectedResponseHours", v.expectedResponseHours);
    io("version", v.version);
    io("owner", v.owner);
    io("backup", v.backup);
    io("account", v.account);
    io("createdAt", v.createdAt);
    io("updatedAt", v.updatedAt);
}

template<typename Io, typename T> void customerDraftFields(Io &io, T &v)
{
    io("name", v.name);
    io.omittable("company", v.company);
    io("emails", v.emails);
    io("phones", v.phones);
    io.omittable("address", v.address);
    io.omittable("language", v.language);
    io.omittable("preferredChannel", v.preferredChannel);
}

template<typename Io, typename T> void reassignmentFields(Io &io, T &v)
{
    io("customers", v.customers);
    io("followUps", v.followUps);
    io("from", v.from);
    io("owner", v.owner);
    io("backup", v.backup);
    io("by", v.by);
}

template<typename Io, typename T> void customerRefFields(Io &io, T &v)
{
    io("id", v.id);
    io("name", v.name);
}

template<typename Io, typename T> void cardFields(Io &io, T &v)
{
    io("brand", v.brand);
    io.omittable("bin", v.bin);
    io("last4", v.last4);
}

template<typename Io, typename T> void historyItemFields(Io &io, T &v)
{
    io("id", v.id);
    io("at", v.at);
    io("type", v.type);
    io("author", v.author);
    io("text", v.text);
    io.omittable("ref", v.ref);
}

template<typename Io, typename T> void balanceFields(Io &io, T &v)
{
    io("amount", v.amount);
    io("currency", v.currency);
    io("overdue", v.overdue);
}

template<typename Io, typename T> void searchHitFields(Io &io, T &v)
{
    io("id", v.id);
    io("name", v.name);
    io("company", v.company);
    io("email", v.email);
    io("phone", v.phone);
    io("account", v.account);
    io("owner", v.owner);
    io("match", v.match);
}

template<typename Io, typename T> void viewerFields(Io &io, T &v)
{
    io("user", v.user);
    io("onContact", v.onContact);
}

} // namespace

SPOCS_JSON_RECORD(Address, addressFields)
SPOCS_JSON_RECORD(Account, accountFields)
SPOCS_JSON_RECORD(Customer, customerFields)
SPOCS_JSON_RECORD(CustomerDraft, customerDraftFields)
SPOCS_JSON_RECORD(CustomerRef, customerRefFields)
SPOCS_JSON_RECORD(CustomerReassignment, reassignmentFields)
SPOCS_JSON_RECORD(Card, cardFields)
SPOCS_JSON_RECORD(HistoryItem, historyItemFields)
SPOCS_JSON_RECORD(Balance, balanceFields)
SPOCS_JSON_RECORD(CustomerSearchHit, searchHitFields)
SPOCS_JSON_RECORD(Viewer, viewerFields)

} // namespace spocs::domain
