#include "coordinator/knowledge/KnowledgeStore.h"
#include "coordinator/storage/Database.h"
#include "core/Try.h"

#include <QSqlQuery>

// Demo articles for --demo: general service topics in English and German, and one
// troubleshooting article per demo product family (DemoSeeder: 20 families of 10 products,
// SKUs P-10001.. in family order). Deterministic: the same day gives the same articles.
namespace spocs {
namespace {

struct DemoArticle
{
    const char16_t *title;
    const char16_t *body;
    const char16_t *tags; // comma separated
    const char16_t *reasons;
    const char16_t *language;
    bool isPublic;
};

const DemoArticle kGeneral[] = {
    { u"Where is my order? Tracking a delivery",
      u"Every shipped order has a tracking link in the shipping confirmation e-mail.\n\n"
      u"1. Open the order in the customer view and check its status.\n"
      u"2. If it is **shipped**, read the tracking number to the customer or send this article.\n"
      u"3. If the promised date has passed by more than 3 working days, open a delivery claim.\n\n"
      u"Carriers update tracking once a day; a parcel without scans for 48 hours is not lost yet.",
      u"shipping,orders", u"delivery_delay", u"en", true },
    { u"Returning a product within 30 days",
      u"Customers may return any product within **30 days** of delivery, unused and in its packaging.\n\n"
      u"- Create the return label from the order page.\n- The refund is issued when the parcel arrives at the "
      u"warehouse, usually within 5 working days.\n- Opened software and custom cables cannot be returned.",
      u"returns", u"return_request", u"en", true },
    { u"How to read your invoice",
      u"An invoice lists each order line with quantity, unit price and line total, then shipping and tax.\n\n"
      u"The **balance** is the total minus payments and credit notes. The due date is 14 days after the issue "
      u"date unless the account has other payment terms.",
      u"billing,invoices", u"invoice_question", u"en", true },
    { u"Paying an overdue invoice",
      u"Overdue invoices can be paid by card on the phone, by bank transfer or through the customer portal.\n\n"
      u"Reminder fees are waived when the customer pays within 7 days of the first reminder.",
      u"billing,payment", u"payment_failed,invoice_question", u"en", true },
    { u"Changing the delivery address of an open order",
      u"The shipping address can be changed while the order is *draft*, *placed* or *picked*. After it has "
      u"shipped, ask the carrier for a redirection instead.\n\nAlways confirm the new address by reading it back.",
      u"orders,shipping", u"address_change", u"en", true },
    { u"Cancelling an order before it ships",
      u"Orders can be cancelled until they ship. Reserved stock is released at once and card payments are "
      u"refunded within 3 working days.\n\nA shipped order is a return, not a cancellation.",
      u"orders", u"cancel_order", u"en", true },
    { u"Warranty: what is covered and for how long",
      u"All products carry a **2-year warranty** against manufacturing defects; Pro and Ultra models 3 years.\n\n"
      u"Not covered: accidental damage, wear parts (batteries after 12 months, chair castors), misuse.",
      u"warranty", u"warranty_claim", u"en", true },
    { u"Resetting your customer portal password",
      u"Use **Forgot password** on the portal's sign-in page. The reset link is valid for 60 minutes.\n\n"
      u"Agents never ask for or set a customer's password.",
      u"account", u"password_reset", u"en", true },
    { u"Card payment declined: what the customer can do",
      u"Most declines come from the card issuer: limit reached, card expired, or 3-D Secure not completed.\n\n"
      u"Suggest a second attempt after the customer confirmed the payment in their banking app, or a bank transfer.",
      u"billing,payment", u"payment_failed", u"en", true },
    { u"Delivery to a pick-up point or parcel locker",
      u"Orders up to 20 kg can be delivered to a pick-up point. The customer gets a code by SMS and has 7 days "
      u"to collect the parcel.",
      u"shipping", u"delivery_delay", u"en", true },
    { u"Goodwill credits: limits for agents",
      u"Agents may grant a goodwill credit up to **EUR 50** per contact without approval; up to EUR 200 with "
      u"a lead's approval in the consult panel. Always add a note with the reason.",
      u"billing,policy", u"invoice_question,complaint", u"en", false },
    { u"Escalating a VIP complaint",
      u"Customers flagged *vip* get a call back from their owner within 4 business hours. If the owner is away, "
      u"the backup takes over; the lead is informed by a consult.",
      u"escalation,policy", u"complaint", u"en", false },
    { u"Handling a suspected fraud order",
      u"Signs: new account, high value, shipping address differs from billing address, several cards tried.\n\n"
      u"Do not cancel on the phone. Put the order on hold and consult an expert from the risk team.",
      u"orders,fraud", u"cancel_order", u"en", false },
    { u"Verifying a caller's identity",
      u"Before changing an address, a payment method or the e-mail address, ask for two of: customer number, "
      u"postcode, last invoice amount. Never read out stored card details.",
      u"account,security", u"password_reset,address_change", u"en", false },
    { u"Wo ist meine Bestellung? Sendungsverfolgung",
      u"Jede versandte Bestellung hat einen Link zur Sendungsverfolgung in der Versandbestätigung.\n\n"
      u"Ist der zugesagte Liefertermin um mehr als 3 Werktage überschritten, eine Nachforschung beim "
      u"Zusteller anstoßen.",
      u"versand", u"delivery_delay", u"de", true },
    { u"Rücksendung innerhalb von 30 Tagen",
      u"Kundinnen und Kunden können Produkte innerhalb von **30 Tagen** nach Lieferung unbenutzt und "
      u"originalverpackt zurückgeben. Die Erstattung erfolgt nach Eingang im Lager, meist binnen 5 Werktagen.",
      u"rückgabe", u"return_request", u"de", true },
    { u"Rechnung verstehen: Positionen, Zahlungen, Gutschriften",
      u"Die Rechnung zeigt jede Position mit Menge, Einzelpreis und Summe, danach Versand und Steuer.\n\n"
      u"Der **offene Betrag** ist die Summe abzüglich Zahlungen und Gutschriften.",
      u"rechnung", u"invoice_question", u"de", true },
    { u"Lieferadresse einer offenen Bestellung ändern",
      u"Die Lieferadresse lässt sich ändern, solange die Bestellung noch nicht versandt ist. Danach hilft nur "
      u"eine Umleitung beim Zusteller.",
      u"bestellung", u"address_change", u"de", true },
    { u"Garantie und Gewährleistung",
      u"Alle Produkte haben **2 Jahre Garantie** auf Herstellungsfehler, Pro- und Ultra-Modelle 3 Jahre. "
      u"Nicht abgedeckt sind Unfallschäden und Verschleißteile.",
      u"garantie", u"warranty_claim", u"de", true },
    { u"Kulanzgutschriften bis 50 Euro",
      u"Agents dürfen ohne Freigabe bis **50 Euro** Kulanz pro Kontakt gewähren, bis 200 Euro mit Freigabe "
      u"der Teamleitung. Den Grund immer als Notiz festhalten.",
      u"kulanz,richtlinie", u"complaint", u"de", false },
    { u"Passwort für das Kundenportal zurücksetzen",
      u"Über **Passwort vergessen** auf der Anmeldeseite. Der Link ist 60 Minuten gültig. Agents fragen nie "
      u"nach einem Passwort.",
      u"konto", u"password_reset", u"de", true },
};

struct Family
{
    const char16_t *noun; // as in DemoSeeder's product names
    const char16_t *problem;
    const char16_t *steps;
};

// In DemoSeeder's order: family n has the SKUs P-(10001 + 10n) .. P-(10010 + 10n).
const Family kFamilies[] = {
    { u"Router", u"no internet after setup",
      u"Check that the WAN cable is in the blue port.\nRestart the modem first, then the router.\nIf the "
      u"status light stays orange, reset with the pin for 10 seconds and run the setup again." },
    { u"Printer", u"paper jam or prints blank pages",
      u"Open the rear cover and remove the paper slowly with both hands.\nRun the cleaning cycle twice from the "
      u"maintenance menu.\nUse paper of 60 to 120 g/m²." },
    { u"Monitor 27\"", u"no signal",
      u"Select the right input with the menu button.\nTry another cable; DisplayPort cables fail more often "
      u"than the monitor.\nUpdate the graphics driver." },
    { u"Headset", u"microphone not recognised",
      u"Choose the headset as input device in the system sound settings.\nDisable the mute switch on the "
      u"cable.\nPlug the USB dongle directly into the computer, not into a hub." },
    { u"Docking Station", u"external screens stay dark",
      u"Install the DisplayLink driver from the support page.\nUse the power supply that came with the dock; "
      u"USB power alone is not enough for two screens." },
    { u"Keyboard", u"keys repeat or do not respond",
      u"Replace the batteries or charge for 2 hours.\nRe-pair the receiver: hold the connect button for 5 "
      u"seconds.\nClean under the keys with compressed air." },
    { u"Webcam", u"image is black or frozen",
      u"Check the privacy shutter.\nAllow camera access for the application in the system privacy settings.\n"
      u"Close other applications that may use the camera." },
    { u"Laptop Stand", u"wobbles or does not lock",
      u"Tighten both hinge screws with the included key.\nThe stand locks in 6 positions; push until it "
      u"clicks." },
    { u"SSD 1 TB", u"not detected by the computer",
      u"Initialise the disk in the disk management tool; new disks have no partition.\nFor M.2 models, check "
      u"that the slot supports NVMe." },
    { u"Cable Kit", u"cable does not fit or is too short",
      u"The kit contains USB-C, HDMI and DisplayPort cables of 1.8 m.\nLonger cables are sold separately; "
      u"the kit can be returned unopened within 30 days." },
    { u"Desk Lamp", u"flickers when dimmed",
      u"Flicker at the lowest level is normal for the first minutes.\nIf it persists, update the firmware from "
      u"the app or replace the power adapter." },
    { u"Office Chair", u"sinks slowly or castors squeak",
      u"A sinking chair has a worn gas lift: covered by the warranty for 5 years.\nSqueaking castors: clean "
      u"and apply silicone spray." },
    { u"Phone", u"battery drains quickly",
      u"Check the battery usage screen for apps running in the background.\nInstall the latest update.\n"
      u"Battery health below 80 % within the warranty is a warranty claim." },
    { u"Tablet", u"does not charge",
      u"Use the original charger and cable; many USB chargers deliver too little power.\nClean the port "
      u"carefully with a wooden toothpick.\nCharge for 30 minutes before switching on." },
    { u"Charger", u"gets hot or charges slowly",
      u"Warm is normal; too hot to touch is not: stop using it and start a warranty claim.\nFast charging needs "
      u"a USB-C cable rated for 60 W or more." },
    { u"Speaker", u"Bluetooth pairing fails",
      u"Delete the speaker from the phone's Bluetooth list.\nHold the pairing button until the light flashes "
      u"blue.\nKeep the phone within 1 metre while pairing." },
    { u"Scanner", u"scans have lines or stripes",
      u"Clean the glass strip of the document feeder with a lint-free cloth.\nCalibrate from the scanner "
      u"utility." },
    { u"Projector", u"image is blurry or distorted",
      u"Turn the focus ring slowly; adjust the keystone correction only after focusing.\nLet the lamp warm up "
      u"for 2 minutes." },
    { u"Network Switch", u"ports blink but no connection",
      u"Check that the uplink port is connected to the router.\nAvoid loops: one cable between two switches.\n"
      u"Reset to factory defaults if it was configured." },
    { u"Mouse", u"cursor jumps or lags",
      u"Use a mouse pad; glass and glossy desks confuse the sensor.\nMove the receiver closer with the "
      u"included extension cable.\nReplace the battery." },
};

QStringList splitList(const char16_t *text)
{
    return QString::fromUtf16(text).split(u',', Qt::SkipEmptyParts);
}

} // namespace

Result<int> KnowledgeStore::seedDemo(Database &db, QDate today)
{
    QSqlQuery existing = db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM kb_articles)"));
    if (!existing.exec() || !existing.next())
        return sqlError(existing, "check for articles");
    if (existing.value(0).toBool())
        return 0;
    existing.finish();

    QList<qint64> owners;
    QSqlQuery users = db.prepare(QStringLiteral("SELECT id FROM users WHERE login IN ('expert1', 'expert2', 'expert3', "
                                                "'expert4', 'expert5', 'lead1') ORDER BY login"));
    if (!users.exec())
        return sqlError(users, "demo article owners");
    while (users.next())
        owners.append(users.value(0).toLongLong());
    users.finish();

    KnowledgeStore store(db);
    int count = 0;
    QDateTime at;
    store.setClock([&at] { return at; });
    // Reviewed between 3 and ~400 days ago, so the lead's stale list has something in it.
    const auto add = [&](const Content &c, int n) -> Result<void> {
        at = QDateTime(today.addDays(-(3 + (n * 37) % 400)), QTime(9 + n % 8, (n * 7) % 60), Qt::UTC);
        SPOCS_TRY_LET(id,
                      store.addPublished(c, owners.isEmpty() ? 0 : owners.at(n % owners.size()),
                                         QStringLiteral("First version")));
        // Deterministic counters: some articles help a lot, a few mostly do not.
        QSqlQuery stats = db.prepare(
            QStringLiteral("UPDATE kb_articles SET views = ?, sends = ?, helped = ?, not_helped = ? WHERE id = ?"));
        if (!execWith(stats,
                      { 20 + (n * 53) % 400, (n * 17) % 60, (n * 29) % 40, n % 7 == 3 ? 12 + n % 5 : (n * 11) % 6,
                        id.value() }))
            return sqlError(stats, "demo article stats");
        ++count;
        return {};
    };
    auto r = db.write([&]() -> Result<void> {
        int n = 0;
        for (const DemoArticle &a : kGeneral) {
            Content c;
            c.title = QString::fromUtf16(a.title);
            c.body = QString::fromUtf16(a.body);
            c.tags = splitList(a.tags);
            c.reasons = splitList(a.reasons);
            c.language = QString::fromUtf16(a.language);
            c.visibility = a.isPublic ? QStringLiteral("public") : QStringLiteral("internal");
            SPOCS_TRY(add(c, n++));
        }
        for (qsizetype f = 0; f < qsizetype(std::size(kFamilies)); ++f) {
            const Family &family = kFamilies[f];
            Content c;
            const QString noun = QString::fromUtf16(family.noun);
            c.title = QStringLiteral("%1: %2").arg(noun, QString::fromUtf16(family.problem));
            QStringList steps = QString::fromUtf16(family.steps).split(u'\n');
            for (qsizetype i = 0; i < steps.size(); ++i)
                steps[i] = QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i));
            c.body = QStringLiteral("Applies to every %1 model.\n\n%2\n\nIf none of this helps, open a warranty "
                                    "claim from the order page.")
                         .arg(noun, steps.join(u'\n'));
            c.tags = { QStringLiteral("troubleshooting"), noun.toLower().remove(u'\"').simplified() };
            c.reasons = { QStringLiteral("technical_issue") };
            for (int p = 1; p <= 10; ++p)
                c.products.append(QStringLiteral("P-%1").arg(10000 + f * 10 + p));
            c.visibility = f % 4 == 3 ? QStringLiteral("internal") : QStringLiteral("public");
            SPOCS_TRY(add(c, n++));
        }
        return {};
    });
    if (!r)
        return r.error();
    return count;
}

} // namespace spocs
