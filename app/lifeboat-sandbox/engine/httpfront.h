#pragma once
// A small HTTP/1.1 front end on QTcpServer (or QSslServer with --tls): reads the
// request line, headers and a Content-Length body with Atlas's limits, answers the
// requests that break them itself (400, 408, 413, 414, 431), and hands each whole
// request to a handler. Keep-alive; one request at a time per connection.
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace sandbox {

struct HttpRequest {
    QByteArray method;
    QByteArray rawPath;                     // percent-encoded, exactly as sent
    QByteArray rawQuery;                    // without the '?'
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QByteArray body;
    QHostAddress remoteAddress;
    bool secure = false;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct HttpAnswer {
    enum class Action { Send, Reset, Truncate } action = Action::Send;
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;  // hold the answer this long (an injected slow response)
    // For the request log only.
    QString versionAsked, versionServed, errorCode;
};

struct HttpLimits {
    int requestLineBytes = 8 * 1024;
    int headerBytes = 16 * 1024;
    qint64 bodyBytes = 1024 * 1024;
    int bodyTimeoutMs = 10000;  // a declared body that does not arrive in time: 408
};

class HttpFront : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpAnswer(const HttpRequest &)>;
    explicit HttpFront(Handler handler, QObject *parent = nullptr);
    ~HttpFront() override;

    // tls: null for plain HTTP. Returns the port, or 0 with *error set.
    quint16 listen(const QHostAddress &host, quint16 port, const QSslConfiguration *tls, QString *error);

    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }
    // Every answer waits ms ± jitter, as on a WAN link (timers; the loop keeps serving).
    void setLatency(int ms, int jitterMs)
    {
        m_latencyMs = ms;
        m_jitterMs = jitterMs;
    }
    int nextLatencyMs() const;
    // The time every answer's Date header reads (the sandbox's simulated clock); unset: the wall clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    const Handler &handler() const { return m_handler; }

private:
    void accept();

    Handler m_handler;
    HttpLimits m_limits;
    int m_latencyMs = 0, m_jitterMs = 0;
    std::unique_ptr<QTcpServer> m_server;
    std::function<QDateTime()> m_clock;
};

// The query with the values of secret-looking parameters replaced, for logs.
QByteArray redactedQuery(const QByteArray &rawQuery);

}  // namespace sandbox
