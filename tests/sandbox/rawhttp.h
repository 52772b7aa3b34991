#pragma once
// A raw HTTP/1.1 client for tests that must send what QNetworkAccessManager never
// would: oversized or broken requests, bodies that never come, encoded slashes.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace rawhttp {

struct Response {
    int status = 0;                         // 0: no answer (closed or timed out)
    QHash<QByteArray, QByteArray> headers;  // lower-case names
    QByteArray body;
    bool closed = false;  // the server closed the connection

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class Client {
public:
    explicit Client(const QUrl &base)
    {
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_closed = true; });
        m_socket.connectToHost(base.host(), quint16(base.port()));
        m_socket.waitForConnected(5000);
    }

    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // Reads one answer (no body for HEAD).
    Response read(bool head = false, int timeoutMs = 15000)
    {
        Response r;
        QElapsedTimer t;
        t.start();
        qsizetype headerEnd = -1;
        qint64 length = -1;
        while (t.elapsed() < timeoutMs) {
            m_buffer += m_socket.readAll();
            if (headerEnd < 0 && (headerEnd = m_buffer.indexOf("\r\n\r\n")) >= 0) {
                const QByteArrayList lines = m_buffer.left(headerEnd).split('\n');
                const QByteArrayList status = lines.first().trimmed().split(' ');
                r.status = status.size() > 1 ? status[1].toInt() : -1;
                for (int i = 1; i < lines.size(); ++i) {
                    const qsizetype c = lines[i].indexOf(':');
                    if (c > 0) r.headers.insert(lines[i].left(c).trimmed().toLower(), lines[i].mid(c + 1).trimmed());
                }
                length = head ? 0 : r.header("content-length").toLongLong();
            }
            if (headerEnd >= 0 && m_buffer.size() >= headerEnd + 4 + length) {
                r.body = m_buffer.mid(headerEnd + 4, length);
                m_buffer.remove(0, headerEnd + 4 + length);
                break;
            }
            if (m_closed && m_socket.bytesAvailable() == 0) break;
            QEventLoop loop;
            QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
            QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (headerEnd < 0) r.status = 0;
        r.closed = m_closed;
        return r;
    }

    // Waits until the server closes the connection; false if it stays open.
    bool waitClosed(int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_closed && t.elapsed() < timeoutMs) {
            QEventLoop loop;
            QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
            QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, [this] { m_socket.readAll(); });
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return m_closed;
    }

    bool closed() const { return m_closed; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_closed = false;
};

// One request on a fresh connection.
inline Response exchange(const QUrl &base, const QByteArray &bytes, bool head = false)
{
    Client c(base);
    c.write(bytes);
    return c.read(head);
}

inline QByteArray get(const QByteArray &target, const QByteArray &bearer, const QByteArray &version = "2023-01-01",
                      const QByteArray &method = "GET")
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/vnd.atlas." + version +
           "+json\r\nAuthorization: Bearer " + bearer + "\r\n\r\n";
}

}  // namespace rawhttp
