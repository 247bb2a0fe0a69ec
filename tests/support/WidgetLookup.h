#pragma once

#include <QObject>
#include <QString>

#include <gtest/gtest.h>

namespace spocs::test {

// The control named objectName below parent: tests reach widgets by the object names that
// setNames() gives them, the same names screen readers and saved settings rely on. A missing
// name fails the test (and returns nullptr: callers that go on ASSERT_TRUE it first).
template<class T> T *child(const QObject &parent, const char *objectName)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(objectName));
    if (!found)
        ADD_FAILURE() << "no " << T::staticMetaObject.className() << " named \"" << objectName << "\" in "
                      << parent.metaObject()->className();
    return found;
}

template<class T> T *child(const QObject *parent, const char *objectName)
{
    if (!parent) {
        ADD_FAILURE() << "no parent to find \"" << objectName << "\" in";
        return nullptr;
    }
    return child<T>(*parent, objectName);
}

} // namespace spocs::test
