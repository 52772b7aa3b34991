#pragma once
// What the sandbox answers to one parsed request, in Atlas's order: fault
// injection, authentication, routing (404, 405 with Allow), the access list, rate
// limits, version resolution, the route's handler; then envelope=true and pretty=true.
#include "engine.h"
#include "httpfront.h"
#include "ratelimit.h"

#include <QDateTime>
#include <functional>

namespace sandbox {

class Auth;
class Router;
struct Reply;

class Server {
public:
    Server(Router &router, Auth &auth, std::function<QDateTime()> now, const RateLimitOptions &rateLimits);

    HttpAnswer handle(const HttpRequest &request);

    void addFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    quint64 requestCount() const { return m_requests; }

    // Called after every handled request that may have changed the state.
    std::function<void()> afterWrite;
    // Paths under /sandbox/v1/download/ carry their own secret (a one-time token) and need no
    // credentials, as Atlas's pre-signed download links: answered here when set.
    std::function<Reply(const QByteArray &method, const QString &path, const QDateTime &now)> downloads;
    Engine::RequestObserver observer;

private:
    Reply dispatch(const HttpRequest &request, HttpAnswer *answer);
    Reply oauth(const HttpRequest &request, const QString &path);
    bool takeFault(const QByteArray &method, const QString &path, Fault *out);
    bool takeRestoreFault(const QString &path);
    bool takeAfterApplyFault(const QByteArray &method, const QString &path, Fault *out);

    Router &m_router;
    Auth &m_auth;
    std::function<QDateTime()> m_now;
    RateLimiter m_limiter;
    QList<Fault> m_faults;
    quint64 m_requests = 0;
};

}  // namespace sandbox
