#pragma once
// The HTTP front of the sandbox: authentication, version negotiation, fault
// injection, then the route's handler.
#include "engine.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <functional>

namespace sandbox {

class Auth;
class Router;
struct Reply;

class Server : public QAbstractHttpServer {
    Q_OBJECT
public:
    Server(Router &router, Auth &auth, std::function<QDateTime()> now, QObject *parent = nullptr);

    void addFault(const Fault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }
    quint64 requestCount() const { return m_requests; }

    // Called after every handled request that may have changed the state.
    std::function<void()> afterWrite;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply dispatch(const QHttpServerRequest &request, QByteArray *contentType);
    bool takeFault(const QByteArray &method, const QString &path, Fault *out);

    Router &m_router;
    Auth &m_auth;
    std::function<QDateTime()> m_now;
    QList<Fault> m_faults;
    quint64 m_requests = 0;
};

}  // namespace sandbox
