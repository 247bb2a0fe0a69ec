#pragma once

#include "coordinator/server/RequestHandlers.h"

#include <memory>

namespace spocs {

// Registers one feature's ops. Each handler is fn(Context &, ClientSession *, Args &) and
// works on the feature's context (its stores, clocks and rules); `keepAlive` holds a
// context the feature created for as long as the handlers live.
template<typename Context> class FeatureOps
{
public:
    FeatureOps(RequestHandlers &handlers, Context &context, std::shared_ptr<void> keepAlive = {})
        : m_handlers(handlers)
        , m_context(&context)
        , m_keepAlive(std::move(keepAlive))
    { }

    template<typename Fn> FeatureOps &add(const char16_t *op, Fn fn)
    {
        m_handlers.registerOp(QString::fromUtf16(op),
                              [context = m_context, keepAlive = m_keepAlive, fn](ClientSession *s, Args &a) {
                                  return fn(*context, s, a);
                              });
        return *this;
    }

    // A heavy read: fn(Context &, ClientSession *, Args &) checks on the event loop and returns
    // the ReadWorker::Job that runs on the read worker (RequestHandlers::registerRead).
    template<typename Fn> FeatureOps &addRead(const char16_t *op, Fn fn)
    {
        m_handlers.registerRead(QString::fromUtf16(op),
                                [context = m_context, keepAlive = m_keepAlive, fn](ClientSession *s, Args &a) {
                                    return fn(*context, s, a);
                                });
        return *this;
    }

private:
    RequestHandlers &m_handlers;
    Context *m_context;
    std::shared_ptr<void> m_keepAlive;
};

} // namespace spocs
