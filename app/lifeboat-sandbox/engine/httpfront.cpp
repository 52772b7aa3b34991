#include "httpfront.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace sandbox {

static QByteArray statusText(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return status < 400 ? "OK" : "Error";
    }
}

QByteArray redactedQuery(const QByteArray &rawQuery)
{
    QByteArrayList out;
    for (const QByteArray &item : rawQuery.split('&')) {
        const qsizetype eq = item.indexOf('=');
        const QByteArray name = (eq < 0 ? item : item.left(eq)).toLower();
        const bool secret = name.contains("token") || name.contains("secret") || name.contains("password") ||
                            name.contains("key") || name.contains("auth") || name.contains("signature");
        out.append(secret && eq >= 0 ? item.left(eq) + "=***" : item);
    }
    return out.join('&');
}

namespace {

bool isToken(const QByteArray &s)
{
    if (s.isEmpty()) return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArray("!#$%&'*+-.^_`|~").contains(c);
        if (!ok) return false;
    }
    return true;
}

bool isTarget(const QByteArray &s)
{
    if (!s.startsWith('/')) return false;
    for (char c : s)
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f) return false;
    return true;
}

// One client connection: reads requests one after another and writes their answers.
class Connection : public QObject {
public:
    Connection(HttpFront *front, QTcpSocket *socket) : QObject(front), m_front(front), m_socket(socket)
    {
        socket->setParent(this);
        m_secure = qobject_cast<QSslSocket *>(socket) != nullptr;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            refuse(408, "REQUEST_TIMEOUT",
                   QStringLiteral("The request did not arrive within %1 ms.").arg(m_front->limits().bodyTimeoutMs));
        });
        m_linger.setSingleShot(true);
        connect(&m_linger, &QTimer::timeout, this, [this] { m_socket->disconnectFromHost(); });
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0) QTimer::singleShot(0, this, &Connection::onReadyRead);
    }

private:
    enum class Stage { Line, Headers, Body };

    void onReadyRead()
    {
        if (m_closing) {  // refused: read what the client still sends so closing does not reset
            m_socket->readAll();
            if (m_linger.isActive()) m_linger.start(500);
            return;
        }
        m_buffer += m_socket->readAll();
        const HttpLimits &l = m_front->limits();
        // A client that keeps sending while its answer is pending gets cut off past any sane size.
        if (m_buffer.size() > l.requestLineBytes + l.headerBytes + l.bodyBytes + 4096) {
            spdlog::warn("http: {} sent more than a request can hold; connection closed",
                         m_socket->peerAddress().toString().toStdString());
            m_socket->abort();
            return;
        }
        if (!m_busy && !m_closing) parse();
    }

    void parse()
    {
        const HttpLimits &l = m_front->limits();
        if (m_stage == Stage::Line) {
            while (m_buffer.startsWith("\r\n") || m_buffer.startsWith("\n"))
                m_buffer.remove(0, m_buffer.startsWith('\r') ? 2 : 1);
            if (m_buffer.isEmpty()) return;
            if (!m_timer.isActive()) m_timer.start(l.bodyTimeoutMs);
            const qsizetype eol = m_buffer.indexOf('\n');
            if ((eol < 0 && m_buffer.size() > l.requestLineBytes) || eol > l.requestLineBytes)
                return refuse(414, "REQUEST_URI_TOO_LONG",
                              QStringLiteral("The request line is longer than %1 bytes.").arg(l.requestLineBytes));
            if (eol < 0) return;
            QByteArray line = m_buffer.left(eol);
            if (line.endsWith('\r')) line.chop(1);
            m_buffer.remove(0, eol + 1);
            const QByteArrayList parts = line.split(' ');
            if (parts.size() != 3 || !isToken(parts[0]) || !isTarget(parts[1]) || !parts[2].startsWith("HTTP/"))
                return refuse(400, "MALFORMED_REQUEST",
                              QStringLiteral("The request line is not METHOD /path HTTP/1.1."));
            if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
                return refuse(505, "HTTP_VERSION_NOT_SUPPORTED",
                              QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are served."));
            m_request = HttpRequest();
            m_request.method = parts[0];
            const qsizetype q = parts[1].indexOf('?');
            m_request.rawPath = q < 0 ? parts[1] : parts[1].left(q);
            m_request.rawQuery = q < 0 ? QByteArray() : parts[1].mid(q + 1);
            m_request.remoteAddress = m_socket->peerAddress();
            m_request.secure = m_secure;
            m_http10 = parts[2] == "HTTP/1.0";
            m_stage = Stage::Headers;
        }
        if (m_stage == Stage::Headers) {
            // The block keeps its last header's CRLF; the empty line after it is dropped.
            qsizetype end = m_buffer.startsWith("\r\n") ? 0 : m_buffer.indexOf("\r\n\r\n");
            if (end > 0) end += 2;
            const int sep = 2;
            if ((end < 0 && m_buffer.size() > l.headerBytes) || end > l.headerBytes)
                return refuse(431, "REQUEST_HEADER_FIELDS_TOO_LARGE",
                              QStringLiteral("The request headers are larger than %1 bytes.").arg(l.headerBytes));
            if (end < 0) return;
            const QByteArray block = m_buffer.left(end);
            m_buffer.remove(0, end + sep);
            if (!parseHeaders(block)) return;
            m_stage = Stage::Body;
        }
        if (m_stage == Stage::Body) {
            if (m_buffer.size() < m_bodyLength) return;  // the timer answers 408 if it never comes
            m_request.body = m_buffer.left(m_bodyLength);
            m_buffer.remove(0, m_bodyLength);
            m_timer.stop();
            m_stage = Stage::Line;
            dispatch();
        }
    }

    bool parseHeaders(const QByteArray &block)
    {
        for (QByteArray line : block.split('\n')) {
            if (line.endsWith('\r')) line.chop(1);
            if (line.isEmpty()) continue;
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
            if (!isToken(name)) {  // also refuses obsolete folded lines, which start with a space
                refuse(400, "MALFORMED_REQUEST", QStringLiteral("A request header is not NAME: VALUE."));
                return false;
            }
            const QByteArray key = name.toLower(), value = line.mid(colon + 1).trimmed();
            if (m_request.headers.contains(key)) {
                if (key == "content-length" && m_request.headers.value(key) != value) {
                    refuse(400, "MALFORMED_REQUEST", QStringLiteral("Conflicting Content-Length headers."));
                    return false;
                }
                if (key != "content-length") m_request.headers[key] += ", " + value;
            } else {
                m_request.headers.insert(key, value);
            }
        }
        if (!m_http10 && !m_request.headers.contains("host")) {
            refuse(400, "MALFORMED_REQUEST", QStringLiteral("An HTTP/1.1 request needs a Host header."));
            return false;
        }
        if (m_request.headers.contains("transfer-encoding")) {
            refuse(501, "NOT_IMPLEMENTED",
                   QStringLiteral("Transfer-Encoding is not supported; send a Content-Length."));
            return false;
        }
        m_bodyLength = 0;
        if (m_request.headers.contains("content-length")) {
            const QByteArray text = m_request.headers.value("content-length");
            bool ok = !text.isEmpty();
            for (char c : text) ok = ok && c >= '0' && c <= '9';
            m_bodyLength = ok && text.size() < 19 ? text.toLongLong() : -1;
            if (m_bodyLength < 0) {
                refuse(400, "MALFORMED_REQUEST", QStringLiteral("Content-Length is not a number."));
                return false;
            }
            if (m_bodyLength > m_front->limits().bodyBytes) {
                refuse(413, "REQUEST_ENTITY_TOO_LARGE",
                       QStringLiteral("The request body is larger than %1 bytes.").arg(m_front->limits().bodyBytes));
                return false;
            }
        }
        // curl asks before sending a body over 1 KiB; say yes rather than make it wait.
        if (m_bodyLength > 0 && m_request.headers.value("expect").toLower() == "100-continue" &&
            m_buffer.size() < m_bodyLength)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        const QByteArray connection = m_request.headers.value("connection").toLower();
        m_keepAlive = m_http10 ? connection.contains("keep-alive") : !connection.contains("close");
        return true;
    }

    void dispatch()
    {
        m_busy = true;
        m_clock.start();
        const HttpAnswer answer = m_front->handler()(m_request);
        if (answer.action == HttpAnswer::Action::Reset) {
            m_socket->abort();
            return;
        }
        const int delay = answer.delayMs + m_front->nextLatencyMs();
        if (delay <= 0) return answerNow(answer, !m_keepAlive);
        QTimer::singleShot(delay, this, [this, answer] { answerNow(answer, !m_keepAlive); });
    }

    // Answers a request that broke the protocol or a limit, then closes the connection.
    void refuse(int status, const char *errorCode, const QString &detail)
    {
        m_timer.stop();
        m_closing = true;
        m_clock.start();
        spdlog::warn("http: {} {} from {}: {}", status, errorCode, m_socket->peerAddress().toString().toStdString(),
                     detail.toStdString());
        HttpAnswer a;
        a.status = status;
        a.errorCode = QString::fromLatin1(errorCode);
        a.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), status},
                                           {QStringLiteral("errorCode"), a.errorCode},
                                           {QStringLiteral("detail"), detail},
                                           {QStringLiteral("reason"), QString::fromLatin1(statusText(status))}})
                     .toJson(QJsonDocument::Compact);
        if (m_stage == Stage::Line) {  // no request line of its own: forget the previous request's
            m_request = HttpRequest();
            m_request.method = "-";
        }
        const int delay = m_front->nextLatencyMs();
        if (delay <= 0) return answerNow(a, true);
        QTimer::singleShot(delay, this, [this, a] { answerNow(a, true); });
    }

    void answerNow(const HttpAnswer &a, bool close)
    {
        const bool head = m_request.method == "HEAD";
        QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + statusText(a.status) + "\r\n";
        out += "Date: " +
               QLocale::c().toString(m_front->now(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1() +
               "\r\n";
        out += "Content-Type: " + a.contentType + "\r\n";
        for (const auto &h : a.headers) out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
        if (close)
            out += "Connection: close\r\n";
        else if (m_http10)
            out += "Connection: keep-alive\r\n";
        out += "\r\n";
        const bool truncate = a.action == HttpAnswer::Action::Truncate;
        const QByteArray body = head ? QByteArray() : truncate ? a.body.left(a.body.size() / 2) : a.body;
        m_socket->write(out + body);
        log(a, body.size());
        m_busy = false;
        if (m_closing && !truncate) {  // a refused request: give the client time to read the answer
            m_linger.start(500);
            QTimer::singleShot(3000, this, [this] { m_socket->disconnectFromHost(); });
            return;
        }
        if (close || truncate) {
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        if (!m_buffer.isEmpty()) parse();
    }

    void log(const HttpAnswer &a, qint64 bodyBytes) const
    {
        if (!spdlog::should_log(spdlog::level::debug)) return;
        const QByteArray query = m_request.rawQuery.isEmpty() ? QByteArray() : '?' + redactedQuery(m_request.rawQuery);
        auto orDash = [](const QString &s) { return s.isEmpty() ? std::string("-") : s.toStdString(); };
        spdlog::debug("{} {}{} asked={} served={} status={} errorCode={} bytes={} ms={}", m_request.method.constData(),
                      m_request.rawPath.constData(), query.constData(), orDash(a.versionAsked), orDash(a.versionServed),
                      a.status, orDash(a.errorCode), bodyBytes, m_clock.isValid() ? m_clock.elapsed() : 0);
    }

    HttpFront *m_front;
    QTcpSocket *m_socket;
    bool m_secure = false;
    QByteArray m_buffer;
    Stage m_stage = Stage::Line;
    HttpRequest m_request;
    qint64 m_bodyLength = 0;
    bool m_http10 = false, m_keepAlive = true, m_busy = false, m_closing = false;
    QTimer m_timer;   // from a request's first byte to its last
    QTimer m_linger;  // after a refusal: close once the client has stopped sending
    QElapsedTimer m_clock;
};

}  // namespace

HttpFront::HttpFront(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler)) {}

HttpFront::~HttpFront() = default;

QDateTime HttpFront::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

int HttpFront::nextLatencyMs() const
{
    if (m_latencyMs <= 0 && m_jitterMs <= 0) return 0;
    const int jitter = m_jitterMs > 0 ? int(QRandomGenerator::global()->bounded(2 * m_jitterMs + 1)) - m_jitterMs : 0;
    return qMax(0, m_latencyMs + jitter);
}

quint16 HttpFront::listen(const QHostAddress &host, quint16 port, const QSslConfiguration *tls, QString *error)
{
    if (tls) {
        auto ssl = std::make_unique<QSslServer>();
        QSslConfiguration config = *tls;
        config.setAllowedNextProtocols(
            {QByteArray(QSslConfiguration::NextProtocolHttp1_1)});  // this front speaks HTTP/1.1 only
        ssl->setSslConfiguration(config);
        ssl->setHandshakeTimeout(m_limits.bodyTimeoutMs);
        connect(ssl.get(), &QSslServer::errorOccurred, this, [](QSslSocket *s, QAbstractSocket::SocketError) {
            spdlog::info("tls: handshake with {} failed: {}", s->peerAddress().toString().toStdString(),
                         s->errorString().toStdString());
        });
        m_server = std::move(ssl);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpFront::accept);
    if (!m_server->listen(host, port)) {
        if (error) *error = m_server->errorString();
        m_server.reset();
        return 0;
    }
    return m_server->serverPort();
}

void HttpFront::accept()
{
    while (m_server->hasPendingConnections()) new Connection(this, m_server->nextPendingConnection());
}

}  // namespace sandbox
