#include "models/RecordLoader.h"

namespace spocs {

RecordLoader::RecordLoader(QObject *parent)
    : QObject(parent)
{ }

void RecordLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RecordLoader::fetchFailed(const Error &error, bool keepLoaded)
{
    m_error = error;
    if (!keepLoaded || m_state != State::Loaded)
        setState(State::Failed);
    Q_EMIT loadFailed(m_error);
}

} // namespace spocs
