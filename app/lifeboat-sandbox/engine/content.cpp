#include "content.h"

#include "clock.h"
#include "state.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <algorithm>

namespace sandbox {

namespace {

QByteArray sha(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

quint64 dice(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).left(8).toHex().toULongLong(nullptr, 16);
}

// One namespace of an epoch: closed segments plus the open one growing from `since`.
struct LiveNamespace {
    QString database, collection;
    QList<QPair<QString, qint64>> segments;
    QString openKey;
    qint64 since = 0;
    int perHour = 0;

    FrozenNamespace at(qint64 t) const
    {
        FrozenNamespace f{database, collection, segments};
        const qint64 grown = t > since ? (t - since) * perHour / 3600 : 0;
        if (grown > 0) f.segments.append({openKey, grown});
        return f;
    }
    QJsonObject toJson() const
    {
        QJsonArray s;
        for (const auto &seg : segments) s.append(QJsonArray{seg.first, double(seg.second)});
        return QJsonObject{
            {QStringLiteral("d"), database}, {QStringLiteral("c"), collection},    {QStringLiteral("s"), s},
            {QStringLiteral("k"), openKey},  {QStringLiteral("t"), double(since)}, {QStringLiteral("r"), perHour}};
    }
    static LiveNamespace fromJson(const QJsonObject &o)
    {
        LiveNamespace n;
        n.database = o.value(QLatin1String("d")).toString();
        n.collection = o.value(QLatin1String("c")).toString();
        for (const auto &v : o.value(QLatin1String("s")).toArray())
            n.segments.append({v.toArray().at(0).toString(), qint64(v.toArray().at(1).toDouble())});
        n.openKey = o.value(QLatin1String("k")).toString();
        n.since = qint64(o.value(QLatin1String("t")).toDouble());
        n.perHour = o.value(QLatin1String("r")).toInt();
        return n;
    }
};

const QStringList &databaseNames()
{
    static const QStringList n = {QStringLiteral("app"),      QStringLiteral("sales"),  QStringLiteral("inventory"),
                                  QStringLiteral("accounts"), QStringLiteral("ledger"), QStringLiteral("analytics"),
                                  QStringLiteral("catalog"),  QStringLiteral("support")};
    return n;
}

const QStringList &collectionNames()
{
    static const QStringList n = {QStringLiteral("orders"),   QStringLiteral("customers"), QStringLiteral("items"),
                                  QStringLiteral("sessions"), QStringLiteral("entries"),   QStringLiteral("metrics"),
                                  QStringLiteral("products"), QStringLiteral("events"),    QStringLiteral("invoices")};
    return n;
}

QDateTime createdOf(const Record &r)
{
    QDateTime t = parseIsoTime(r.body.value(QLatin1String("createdAt")).toString());
    if (!t.isValid()) t = parseIsoTime(r.body.value(QLatin1String("createDate")).toString());
    return t.isValid() ? t : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}

// The first epoch: 2-4 databases of 1-3 collections, from the seed and the cluster's id.
QList<LiveNamespace> initialEpoch(const State &state, const Record &r)
{
    const QString id = r.body.value(QLatin1String("id")).toString();
    const QString seed = state.meta(QStringLiteral("seed"));
    const qint64 created = createdOf(r).toSecsSinceEpoch();
    QList<LiveNamespace> out;
    const quint64 h = dice(seed + u'|' + id);
    const int dbs = 2 + int(h % 3);
    for (int d = 0; d < dbs; ++d) {
        const QString db = databaseNames().at(int((h / 7 + quint64(d) * 3) % quint64(databaseNames().size())));
        if (std::any_of(out.begin(), out.end(), [&](const LiveNamespace &n) { return n.database == db; })) continue;
        const quint64 hd = dice(seed + u'|' + id + u'|' + db);
        const int colls = 1 + int(hd % 3);
        for (int c = 0; c < colls; ++c) {
            const QString coll =
                collectionNames().at(int((hd / 11 + quint64(c) * 4) % quint64(collectionNames().size())));
            const QString ns = db + u'.' + coll;
            const quint64 hn = dice(seed + u'|' + id + u'|' + ns);
            LiveNamespace n;
            n.database = db;
            n.collection = coll;
            n.segments.append({QString::fromLatin1(sha((seed + u'|' + id + u'|' + ns + u"|seed").toUtf8()).left(16)),
                               qint64(200 + hn % 5000)});
            n.openKey = QString::fromLatin1(sha((seed + u'|' + id + u'|' + ns + u"|live").toUtf8()).left(16));
            n.since = created;
            n.perHour = 6 + int(hn % 60);
            out.append(n);
        }
    }
    return out;
}

QList<LiveNamespace> epochAt(const State &state, const Record &r, qint64 t)
{
    const QJsonArray epochs = r.body.value(QLatin1String("dataEpochs")).toArray();
    for (int i = epochs.size() - 1; i >= 0; --i) {
        const QJsonObject e = epochs[i].toObject();
        if (qint64(e.value(QLatin1String("from")).toDouble()) > t) continue;
        QList<LiveNamespace> out;
        for (const auto &v : e.value(QLatin1String("namespaces")).toArray())
            out.append(LiveNamespace::fromJson(v.toObject()));
        return out;
    }
    return initialEpoch(state, r);
}

void sortNamespaces(QList<FrozenNamespace> &list)
{
    std::sort(list.begin(), list.end(), [](const FrozenNamespace &a, const FrozenNamespace &b) {
        return a.database != b.database ? a.database < b.database : a.collection < b.collection;
    });
}

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 c = 0xffffffffu;
    for (const char ch : data) c = table[(c ^ quint8(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void appendLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i) out.append(char((v >> (8 * i)) & 0xff));
}

QByteArray tarEntry(const QString &name, const QByteArray &data, qint64 mtime)
{
    QByteArray h(512, '\0');
    auto put = [&h](int offset, const QByteArray &v) { h.replace(offset, v.size(), v); };
    // -> QByteArray: with QStringBuilder, `a + '\0'` is an expression holding a reference to the
    // temporary `a`; returned as such from the lambda it dangles (garbage fields in Debug builds).
    auto octal = [](qint64 v, int width) -> QByteArray {
        return QByteArray::number(v, 8).rightJustified(width - 1, '0') + '\0';
    };
    put(0, name.toUtf8().left(99));
    put(100, octal(0644, 8));
    put(108, octal(0, 8));
    put(116, octal(0, 8));
    put(124, octal(data.size(), 12));
    put(136, octal(mtime, 12));
    put(148, QByteArray(8, ' '));
    put(156, "0");
    put(257, QByteArray("ustar\0", 6));
    put(263, "00");
    int sum = 0;
    for (const char c : h) sum += quint8(c);
    put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
    QByteArray out = h + data;
    out.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
    return out;
}

}  // namespace

qint64 FrozenNamespace::documents() const
{
    qint64 n = 0;
    for (const auto &s : segments) n += s.second;
    return n;
}

QString FrozenNamespace::fingerprint() const
{
    QByteArray text;
    for (const auto &s : segments)
        if (s.second > 0) text += s.first.toUtf8() + ':' + QByteArray::number(s.second) + ';';
    return QString::fromLatin1(sha(text));
}

QString Content::fingerprint() const
{
    QByteArray text;
    for (const auto &n : namespaces) text += n.name().toUtf8() + '=' + n.fingerprint().toLatin1() + '\n';
    return QString::fromLatin1(sha(text));
}

const FrozenNamespace *Content::find(const QString &database, const QString &collection) const
{
    for (const auto &n : namespaces)
        if (n.database == database && n.collection == collection) return &n;
    return nullptr;
}

qint64 Content::documents() const
{
    qint64 n = 0;
    for (const auto &ns : namespaces) n += ns.documents();
    return n;
}

QJsonObject Content::toJson() const
{
    QJsonArray list;
    for (const auto &n : namespaces)
        list.append(QJsonObject{{QStringLiteral("database"), n.database},
                                {QStringLiteral("collection"), n.collection},
                                {QStringLiteral("documents"), double(n.documents())},
                                {QStringLiteral("fingerprint"), n.fingerprint()}});
    return QJsonObject{{QStringLiteral("fingerprint"), fingerprint()}, {QStringLiteral("namespaces"), list}};
}

namespace content {

Content at(const State &state, const Record &cluster, const QDateTime &at)
{
    const qint64 t = at.toSecsSinceEpoch();
    Content c;
    for (const auto &n : epochAt(state, cluster, t)) c.namespaces.append(n.at(t));
    sortNamespaces(c.namespaces);
    return c;
}

Record withRestored(const State &state, const Record &target, const Content &restored, const QDateTime &from,
                    bool whole, const QString &salt)
{
    const qint64 t = from.toSecsSinceEpoch();
    const QString id = target.body.value(QLatin1String("id")).toString();
    const QString seed = state.meta(QStringLiteral("seed"));
    QList<LiveNamespace> next;
    if (!whole) {
        for (const auto &n : epochAt(state, target, t))
            if (!restored.find(n.database, n.collection)) next.append(n);
    }
    for (const auto &f : restored.namespaces) {
        LiveNamespace n;
        n.database = f.database;
        n.collection = f.collection;
        n.segments = f.segments;
        n.openKey = QString::fromLatin1(sha((seed + u'|' + id + u'|' + f.name() + u'|' + salt).toUtf8()).left(16));
        n.since = t;
        n.perHour = 6 + int(dice(seed + u'|' + id + u'|' + f.name()) % 60);
        next.append(n);
    }
    QJsonArray namespaces;
    for (const auto &n : next) namespaces.append(n.toJson());
    QJsonArray epochs = target.body.value(QLatin1String("dataEpochs")).toArray();
    epochs.append(QJsonObject{{QStringLiteral("from"), double(t)}, {QStringLiteral("namespaces"), namespaces}});
    Record out = target;
    out.body.insert(QLatin1String("dataEpochs"), epochs);
    return out;
}

QByteArray tarball(const QString &folder, const Content &c)
{
    const qint64 mtime = 0;
    QByteArray tar = tarEntry(folder + QStringLiteral("/manifest.json"),
                              QJsonDocument(c.toJson()).toJson(QJsonDocument::Indented), mtime);
    for (const auto &n : c.namespaces) {
        // A few documents of each namespace, as a mongod dbpath would hold them all.
        QByteArray docs;
        qint64 shown = 0;
        for (const auto &s : n.segments)
            for (qint64 i = 0; i < s.second && shown < 20; ++i, ++shown)
                docs += "{\"_id\": \"" + s.first.toLatin1() + '-' + QByteArray::number(i) + "\"}\n";
        tar += tarEntry(folder + u'/' + n.database + u'/' + n.collection + QStringLiteral(".jsonl"), docs, mtime);
    }
    tar.append(QByteArray(1024, '\0'));
    // gzip: a raw deflate stream (zlib's, from qCompress, without its header and Adler-32).
    const QByteArray z = qCompress(tar, 6);
    const QByteArray deflate = z.mid(4 + 2).chopped(4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += deflate;
    appendLe32(out, crc32(tar));
    appendLe32(out, quint32(tar.size()));
    return out;
}

}  // namespace content

}  // namespace sandbox
