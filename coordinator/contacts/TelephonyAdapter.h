#pragma once

#include <QString>

#include <functional>
#include <optional>

// Where a PBX or CTI link plugs in (docs/telephony.md). There is no telephone system
// on the machines Spocs runs on today: call legs are modelled as contact participants
// (table contact_participants) and every call-control step is already a protocol op. An
// adapter translates between the two in both directions:
//
//   PBX -> Spocs   an inbound call becomes contact.inbound; the PBX reporting that a leg
//                  hung up becomes conference.leave (or contact.abandon while still queued).
//   Spocs -> PBX   a contact offered/accepted, a conference.add, a transfer.accept or a
//                  contact.forward asks the PBX to ring, bridge, conference or move a leg.
//
// Nothing in the coordinator calls this interface yet; LoopbackTelephony is the documented
// no-op a real adapter replaces.
namespace spocs {

class TelephonyAdapter
{
public:
    // One leg of a call: the customer's line or one person's phone/headset.
    struct Leg
    {
        QString callId; // the PBX's id of the whole call
        QString legId; // the PBX's id of this leg
        std::optional<qint64> userId; // null for the customer's leg
    };

    // What the PBX tells Spocs. The adapter turns each into an op (see docs/telephony.md).
    struct Events
    {
        // A new call from `callerNumber` (ANI) dialled to `dialledNumber` (DNIS: the queue or IVR choice).
        std::function<void(const QString &callId, const QString &callerNumber, const QString &dialledNumber)> inbound;
        // A leg answered (the agent picked up), was put on hold or resumed, or hung up.
        std::function<void(const Leg &leg)> answered;
        std::function<void(const Leg &leg, bool held)> holdChanged;
        std::function<void(const Leg &leg)> hungUp;
    };

    virtual ~TelephonyAdapter() = default;

    virtual QString name() const = 0;
    virtual void setEvents(Events events) = 0;

    // Call control, asked for by Spocs when the matching op succeeded. Each returns false when
    // the PBX refused; the coordinator then keeps its own state and reports the failure.
    virtual bool ring(const QString &callId, qint64 userId) = 0; // contact.offered
    virtual bool answer(const QString &callId, qint64 userId) = 0; // contact.accept
    virtual bool hold(const QString &callId, bool held) = 0;
    virtual bool conference(const QString &callId, qint64 userId) = 0; // conference.add
    virtual bool dropLeg(const QString &callId, qint64 userId) = 0; // conference.leave
    virtual bool transfer(const QString &callId, qint64 fromUser, qint64 toUser, bool warm) = 0; // transfer.accept
    virtual bool hangUp(const QString &callId) = 0; // contact.close on a phone contact
};

// The built-in adapter: there is no PBX, so every request succeeds at once and no event ever
// arrives. Contacts, participants and transfers live only in the coordinator.
class LoopbackTelephony final : public TelephonyAdapter
{
public:
    QString name() const override { return QStringLiteral("loopback"); }
    void setEvents(Events events) override { m_events = std::move(events); }
    bool ring(const QString &, qint64) override { return true; }
    bool answer(const QString &, qint64) override { return true; }
    bool hold(const QString &, bool) override { return true; }
    bool conference(const QString &, qint64) override { return true; }
    bool dropLeg(const QString &, qint64) override { return true; }
    bool transfer(const QString &, qint64, qint64, bool) override { return true; }
    bool hangUp(const QString &) override { return true; }

private:
    Events m_events;
};

} // namespace spocs
