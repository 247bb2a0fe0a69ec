#pragma once

#include "core/Result.h"

#include <QObject>

namespace spocs {

// The state machine of a loader that holds one open record (a customer, an article): empty,
// loading, loaded or failed, and the error of the last fetch that failed.
class RecordLoader : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State { Empty, Loading, Loaded, Failed };
    Q_ENUM(State)

    State state() const { return m_state; }
    const Error &lastError() const { return m_error; }

Q_SIGNALS:
    void stateChanged(spocs::RecordLoader::State state);
    void loadFailed(const spocs::Error &error);

protected:
    explicit RecordLoader(QObject *parent = nullptr);

    void setState(State state);
    // A fetch failed: keeps the error, turns Failed (unless keepLoaded and a record is loaded,
    // which stays on show) and says so.
    void fetchFailed(const Error &error, bool keepLoaded);
    void clearError() { m_error = {}; }

private:
    Error m_error;
    State m_state = State::Empty;
};

} // namespace spocs
