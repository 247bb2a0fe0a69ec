#include "coordinator/demo/DemoStamp.h"

namespace spocs {

QString demoStamp(const QString &date, int hour, int minute, int second, int millis)
{
    const auto digit = [](int n) {
        return char16_t(u'0' + n);
    };
    const char16_t t[] = { u'T',
                           digit(hour / 10),
                           digit(hour % 10),
                           u':',
                           digit(minute / 10),
                           digit(minute % 10),
                           u':',
                           digit(second / 10),
                           digit(second % 10),
                           u'.',
                           digit(millis / 100),
                           digit(millis / 10 % 10),
                           digit(millis % 10),
                           u'Z' };
    return date + QStringView(t, 14);
}

} // namespace spocs
