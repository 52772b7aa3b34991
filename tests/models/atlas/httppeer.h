#pragma once
// A tiny HTTP/1.1 server on loopback for the client tests: it records every request
// it gets and answers with what the test scripted for (method, path). Real sockets,
// real HTTP; used where the sandbox has no such route or the test needs an exact
// answer (an older server's 404, a Sunset header as an HTTP-date).
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

struct PeerRequest {
    QByteArray method;
    QString path;  // decoded path, no query
    QString query;
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QByteArray body;
};

struct PeerAnswer {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json";
};

class HttpPeer {
public:
    using Script = std::function<PeerAnswer(const PeerRequest &)>;

    explicit HttpPeer(Script script) : m_script(std::move(script))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) accept(s);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QList<PeerRequest> &requests() const { return m_requests; }
    void setScript(Script script) { m_script = std::move(script); }

private:
    void accept(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            for (;;) {
                const int end = buffer->indexOf("\r\n\r\n");
                if (end < 0) return;
                PeerRequest r;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                r.method = first.value(0);
                const QUrl url(QString::fromLatin1(first.value(1)));
                r.path = url.path();
                r.query = url.query();
                for (int i = 1; i < lines.size(); ++i) {
                    const int colon = lines[i].indexOf(':');
                    if (colon > 0)
                        r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
                }
                const int length = r.headers.value("content-length", "0").toInt();
                if (buffer->size() < end + 4 + length) return;  // the body is still coming
                r.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                m_requests.append(r);
                const PeerAnswer a = m_script(r);
                QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\n";
                out += "Content-Type: " + a.contentType + "\r\n";
                for (const auto &h : a.headers) out += h.first + ": " + h.second + "\r\n";
                out += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body;
                socket->write(out);
            }
        });
    }

    QTcpServer m_server;
    Script m_script;
    QList<PeerRequest> m_requests;
};
