#pragma once
// Moves the restores the sandbox runs along the clock: queued, running, then finished,
// failed (an injected restore-fail fault) or cancelled; writes the data onto the target
// when one finishes (content::withRestored, from the second it finished) and puts the
// target back to IDLE; makes download links and expires them.
#include <QDateTime>
#include <QString>

namespace sandbox {

class State;
struct Record;

class RestoreRunner {
public:
    explicit RestoreRunner(State &state) : m_state(state) {}
    void runUntil(const QDateTime &now);

    // A target's stateName: UPDATING while a restore runs onto it, IDLE otherwise.
    static void markTarget(State &state, const QString &targetId, bool flex);
    static void addEvent(State &state, const QString &groupId, const QString &clusterName, const QString &type,
                         const QDateTime &at);

private:
    void runDedicated(const Record &task, qint64 now);
    void runCollection(const Record &task, qint64 now);
    void runFlex(const Record &task, qint64 now);
    void finishTask(const Record &task, const QString &outcome);
    void applyContent(const Record &task, qint64 at, bool whole);

    State &m_state;
};

}  // namespace sandbox
