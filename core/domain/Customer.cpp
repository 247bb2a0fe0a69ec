#include "core/domain/Customer.h"

#include "core/domain/JsonIo.h"

namespace spocs::domain {

SPOCS_WIRE_ENUM_NAMES(AccountStatus, "prospect", "active", "suspended", "closed")

namespace {

template<typename Io, typename T> void addressFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, street, city, postcode, country);
}

template<typename Io, typename T> void accountFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, number, status, plan, creditLimit, balance, currency, openedOn, version);
}

template<typename Io, typename T> void customerFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, name, company, emails, phones, address, language, flags, notes, preferredChannel,
                      expectedResponseHours, version, owner, backup, account, createdAt, updatedAt);
}

template<typename Io, typename T> void customerDraftFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, name, emails, phones);
    SPOCS_JSON_OMITTABLE(io, v, company, address, language, preferredChannel);
}

template<typename Io, typename T> void reassignmentFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, customers, followUps, from, owner, backup, by);
}

template<typename Io, typename T> void customerRefFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, name);
}

template<typename Io, typename T> void cardFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, brand, last4);
    SPOCS_JSON_OMITTABLE(io, v, bin);
}

template<typename Io, typename T> void historyItemFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, at, type, author, text);
    SPOCS_JSON_OMITTABLE(io, v, ref);
}

template<typename Io, typename T> void balanceFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, amount, currency, overdue);
}

template<typename Io, typename T> void searchHitFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, id, name, company, email, phone, account, owner, match, number);
}

template<typename Io, typename T> void viewerFields(Io &io, T &v)
{
    SPOCS_JSON_FIELDS(io, v, user, onContact);
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
