#pragma once
// Small helpers for tests that talk HTTP to an in-process sandbox engine.
#include <QAuthenticator>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>
#include <QUrl>
#include <QtTest>

namespace testutil {

struct Response {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) return h.second;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline QByteArray accept(const char *version)
{
    return QByteArray("application/vnd.atlas.") + version + "+json";
}

// Sends one request and waits for the answer (the engine runs in this event loop).
inline Response send(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
{
    QNetworkRequest req(url);
    for (const auto &h : headers) req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

// A manager that answers digest challenges with the given API key.
inline void useApiKey(QNetworkAccessManager &nam, const QString &publicKey, const QString &privateKey)
{
    QObject::connect(&nam, &QNetworkAccessManager::authenticationRequired, &nam,
                     [publicKey, privateKey](QNetworkReply *, QAuthenticator *auth) {
                         // Give up after one wrong try, as a client should, instead of looping.
                         if (auth->user() == publicKey && !auth->option(QStringLiteral("tried")).isNull()) return;
                         auth->setUser(publicKey);
                         auth->setPassword(privateKey);
                         auth->setOption(QStringLiteral("tried"), true);
                     });
}

inline QByteArray md5(const QByteArray &d)
{
    return QCryptographicHash::hash(d, QCryptographicHash::Md5).toHex();
}

// Starts `program` and waits for its first stdout line (the sandbox's JSON line), keeping the
// event loop running; an empty object when none came within 30 s.
inline QJsonObject startAndReadLine(QProcess &p, const QString &program, const QStringList &args)
{
    p.start(program, args);
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains('\n') && t.elapsed() < 30000 && p.state() != QProcess::NotRunning) {
        QTest::qWait(20);
        out += p.readAllStandardOutput();
    }
    return QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
}

}  // namespace testutil
