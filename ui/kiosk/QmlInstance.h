#pragma once

#include <QJSEngine>

class QQmlEngine;

namespace pbvote::kiosk {

// The one existing C++ object that QML sees as a singleton (QML_SINGLETON): the class
// derives from QmlInstance<Self>, whoever makes the object calls setInstance(), and
// QML's create() hands that object over (C++ keeps ownership). Classes that use it
// must not be default-constructible: Qt 6.4 would then make its own instance instead
// of calling create().
template<typename T>
class QmlInstance
{
public:
    static void setInstance(T *object) { s_instance = object; }
    static T *instance() { return s_instance; }
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(s_instance);
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

protected:
    QmlInstance() = default;
    ~QmlInstance()
    {
        if (s_instance == static_cast<T *>(this))
            s_instance = nullptr;
    }

private:
    static inline T *s_instance = nullptr;
};

} // namespace pbvote::kiosk
