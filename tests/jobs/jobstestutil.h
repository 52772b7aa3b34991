#pragma once
// What the job tests share: client options that retry fast against the in-process
// sandbox, and a runner whose results are collected and waited for.
#include "jobs/jobrunner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>
#include <QUrl>
#include <optional>

namespace jobstest {

inline lifeboat::atlas::ClientOptions fastRetryOptions(const QUrl &baseUrl)
{
    lifeboat::atlas::ClientOptions o;
    o.baseUrl = baseUrl;
    o.credentials = lifeboat::atlas::Credentials::apiKey(QStringLiteral("owner"), QStringLiteral("owner-secret"));
    o.retry.maxAttempts = 3;
    o.retry.baseDelayMs = 50;
    o.retry.timeScale = 0.05;
    o.transferTimeoutMs = 10000;
    return o;
}

class Watched : public QObject {
public:
    lifeboat::jobs::JobRunner runner;
    QHash<lifeboat::jobs::JobId, lifeboat::jobs::JobResult> results;

    Watched()
    {
        connect(&runner, &lifeboat::jobs::JobRunner::jobResult, this,
                [this](const lifeboat::jobs::JobResult &r) { results.insert(r.id, r); });
    }
    std::optional<lifeboat::jobs::JobResult> wait(lifeboat::jobs::JobId id, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (!results.contains(id) && t.elapsed() < timeoutMs) QTest::qWait(5);
        if (!results.contains(id)) return std::nullopt;
        return results.value(id);
    }
};

}  // namespace jobstest
