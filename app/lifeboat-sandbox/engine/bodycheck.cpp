#include "bodycheck.h"

#include "router.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <functional>

namespace sandbox {

namespace {

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("nothing");
    }
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == u"object") return v.isObject();
    if (type == u"array") return v.isArray();
    if (type == u"string") return v.isString();
    if (type == u"boolean") return v.isBool();
    if (type == u"number") return v.isDouble();
    if (type == u"integer")
        return v.isDouble() && std::isfinite(v.toDouble()) && std::floor(v.toDouble()) == v.toDouble();
    return true;
}

QString text(const QJsonValue &v)
{
    if (v.isString()) return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The string formats the contract uses, as its validator reads them.
bool formatHolds(const QString &format, const QString &v)
{
    if (format == u"date-time") {
        static const QRegularExpression re(
            QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"));
        return re.match(v).hasMatch() &&
               QDateTime::fromString(v.left(19).toUpper(), QStringLiteral("yyyy-MM-ddTHH:mm:ss")).isValid();
    }
    if (format == u"date") return QDate::fromString(v, QStringLiteral("yyyy-MM-dd")).isValid();
    if (format == u"uuid") {
        static const QRegularExpression re(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        return re.match(v).hasMatch();
    }
    if (format == u"email") return v.contains(u'@') && !v.startsWith(u'@') && !v.endsWith(u'@');
    if (format == u"uri") {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
        return re.match(v).hasMatch();
    }
    return true;
}

bool readOnly(const QJsonObject &raw, const QJsonObject &resolved)
{
    return raw.value(QLatin1String("readOnly")).toBool() || resolved.value(QLatin1String("readOnly")).toBool();
}

}  // namespace

SchemaChecker::SchemaChecker(QJsonObject document) : m_doc(std::move(document)) {}

const SchemaChecker &SchemaChecker::contract()
{
    static const SchemaChecker checker([] {
        QFile f(QStringLiteral(":/sandbox/contract/atlas-openapi.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }());
    return checker;
}

QJsonObject SchemaChecker::resolve(const QJsonObject &schema, QString *name) const
{
    QJsonObject s = schema;
    for (int depth = 0; depth < 16 && s.contains(QLatin1String("$ref")); ++depth) {
        const QString ref = s.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(u"#/")) return {};
        QJsonValue node = m_doc;
        for (const QString &part : ref.mid(2).split(u'/')) node = node.toObject().value(part);
        if (name) *name = ref.section(u'/', -1);
        s = node.toObject();
    }
    return s;
}

QJsonObject SchemaChecker::requestSchema(const QString &operationId, const QString &version) const
{
    const QJsonObject paths = m_doc.value(QLatin1String("paths")).toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto m = item.begin(); m != item.end(); ++m) {
            const QJsonObject op = m.value().toObject();
            if (op.value(QLatin1String("operationId")).toString() != operationId) continue;
            const QJsonObject content =
                resolve(op.value(QLatin1String("requestBody")).toObject()).value(QLatin1String("content")).toObject();
            // The newest request version on or before the one served, else the oldest.
            QString best, oldest;
            for (auto c = content.begin(); c != content.end(); ++c) {
                static const QRegularExpression re(
                    QStringLiteral(R"(^application/vnd\.atlas\.(\d{4}-\d{2}-\d{2})\+json$)"));
                const QString v = re.match(c.key()).captured(1);
                if (v.isEmpty()) continue;
                if (v <= version && v > best) best = v;
                if (oldest.isEmpty() || v < oldest) oldest = v;
            }
            if (best.isEmpty()) best = oldest;
            if (best.isEmpty()) return {};
            return content.value(QStringLiteral("application/vnd.atlas.%1+json").arg(best))
                .toObject()
                .value(QLatin1String("schema"))
                .toObject();
        }
    }
    return {};
}

QList<FieldViolation> SchemaChecker::check(const QJsonValue &value, const QJsonObject &schema) const
{
    QList<FieldViolation> out;
    QSet<QString> stack;
    check(value, schema, QString(), true, stack, &out);
    return out;
}

// The discriminator's choice for `value`, when the schema has one and the value names it.
QJsonObject SchemaChecker::branch(const QJsonObject &schema, const QJsonValue &value, QSet<QString> &stack) const
{
    const QJsonObject disc = schema.value(QLatin1String("discriminator")).toObject();
    const QString prop = disc.value(QLatin1String("propertyName")).toString();
    if (prop.isEmpty() || !value.isObject()) return {};
    const QString ref =
        disc.value(QLatin1String("mapping")).toObject().value(value.toObject().value(prop).toString()).toString();
    if (ref.isEmpty()) return {};
    QString name;
    resolve(QJsonObject{{QStringLiteral("$ref"), ref}}, &name);
    return stack.contains(name) ? QJsonObject() : QJsonObject{{QStringLiteral("$ref"), ref}};
}

void SchemaChecker::check(const QJsonValue &value, const QJsonObject &schemaIn, const QString &path, bool closed,
                          QSet<QString> &stackIn, QList<FieldViolation> *out) const
{
    QString name;
    const QJsonObject s = resolve(schemaIn, &name);
    // A base schema met again through a child's allOf checks its own fields only: no
    // second dispatch on its discriminator.
    const bool reentered = !name.isEmpty() && stackIn.contains(name);
    QSet<QString> stack = stackIn;
    if (!name.isEmpty()) stack.insert(name);

    if (value.isNull()) {
        if (!s.value(QLatin1String("nullable")).toBool() && s.contains(QLatin1String("type")))
            out->append({FieldViolation::Kind::Type, path, QStringLiteral("must not be null")});
        return;
    }
    if (!reentered) {
        const QJsonObject chosen = branch(s, value, stack);
        if (!chosen.isEmpty()) {
            check(value, chosen, path, closed, stack, out);
            return;
        }
        const QJsonArray options = s.contains(QLatin1String("oneOf")) ? s.value(QLatin1String("oneOf")).toArray()
                                                                      : s.value(QLatin1String("anyOf")).toArray();
        if (!options.isEmpty()) {
            // Atlas's oneOf variants overlap; the body is fine when one of them takes it.
            QList<FieldViolation> best;
            for (int i = 0; i < options.size(); ++i) {
                QList<FieldViolation> tried;
                check(value, options[i].toObject(), path, closed, stack, &tried);
                if (tried.isEmpty()) return;
                if (i == 0 || tried.size() < best.size()) best = tried;
            }
            out->append(best);
            return;
        }
    }

    const QString type = s.value(QLatin1String("type")).toString();
    if (!type.isEmpty() && !hasType(value, type)) {
        const QString want =
            type == u"integer" ? QStringLiteral("a whole number") : QStringLiteral("of type %1").arg(type);
        out->append(
            {FieldViolation::Kind::Type, path, QStringLiteral("must be %1, not %2").arg(want, typeName(value))});
        return;
    }
    const QJsonArray allowed = s.value(QLatin1String("enum")).toArray();
    if (!allowed.isEmpty() && !allowed.contains(value)) {
        QStringList names;
        for (const auto &a : allowed) names << text(a);
        out->append({FieldViolation::Kind::Enum, path,
                     QStringLiteral("%1 is not one of %2").arg(text(value), names.join(QStringLiteral(", ")))});
    }
    if (value.isString()) checkString(value.toString(), s, path, out);
    if (value.isDouble()) checkNumber(value.toDouble(), s, path, out);
    if (value.isArray()) checkArray(value.toArray(), s, path, out);
    if (value.isObject()) {
        checkObject(value.toObject(), s, path, closed, out);
    } else {
        for (const auto &sub : s.value(QLatin1String("allOf")).toArray())
            check(value, sub.toObject(), path, false, stack, out);
    }
}

void SchemaChecker::checkString(const QString &str, const QJsonObject &s, const QString &path,
                                QList<FieldViolation> *out) const
{
    if (s.contains(QLatin1String("minLength")) && str.size() < s.value(QLatin1String("minLength")).toInt())
        out->append(
            {FieldViolation::Kind::Length, path,
             QStringLiteral("must have at least %1 characters").arg(s.value(QLatin1String("minLength")).toInt())});
    if (s.contains(QLatin1String("maxLength")) && str.size() > s.value(QLatin1String("maxLength")).toInt())
        out->append(
            {FieldViolation::Kind::Length, path,
             QStringLiteral("must have at most %1 characters").arg(s.value(QLatin1String("maxLength")).toInt())});
    const QString pattern = s.value(QLatin1String("pattern")).toString();
    if (!pattern.isEmpty()) {
        const QRegularExpression re(pattern);
        if (re.isValid() && !re.match(str).hasMatch())
            out->append({FieldViolation::Kind::Pattern, path, QStringLiteral("must match %1").arg(pattern)});
    }
    const QString format = s.value(QLatin1String("format")).toString();
    if (!format.isEmpty() && !formatHolds(format, str))
        out->append({FieldViolation::Kind::Pattern, path, QStringLiteral("must be a valid %1").arg(format)});
}

void SchemaChecker::checkNumber(double v, const QJsonObject &s, const QString &path, QList<FieldViolation> *out) const
{
    const bool exMin = s.value(QLatin1String("exclusiveMinimum")).toBool();
    const bool exMax = s.value(QLatin1String("exclusiveMaximum")).toBool();
    if (s.contains(QLatin1String("minimum"))) {
        const double min = s.value(QLatin1String("minimum")).toDouble();
        if (v < min || (exMin && v == min))
            out->append({FieldViolation::Kind::Range, path,
                         QStringLiteral("must be %1 %2")
                             .arg(exMin ? QStringLiteral("more than") : QStringLiteral("at least"), text(min))});
    }
    if (s.contains(QLatin1String("maximum"))) {
        const double max = s.value(QLatin1String("maximum")).toDouble();
        if (v > max || (exMax && v == max))
            out->append({FieldViolation::Kind::Range, path,
                         QStringLiteral("must be %1 %2")
                             .arg(exMax ? QStringLiteral("less than") : QStringLiteral("at most"), text(max))});
    }
    // A value past its format's width would wrap on Atlas's side (and in a toInt() here).
    if (s.value(QLatin1String("format")).toString() == u"int32" && (v < -2147483648.0 || v > 2147483647.0))
        out->append({FieldViolation::Kind::Range, path, QStringLiteral("must fit in 32 bits")});
}

void SchemaChecker::checkArray(const QJsonArray &a, const QJsonObject &s, const QString &path,
                               QList<FieldViolation> *out) const
{
    if (s.contains(QLatin1String("minItems")) && a.size() < s.value(QLatin1String("minItems")).toInt())
        out->append({FieldViolation::Kind::Length, path,
                     QStringLiteral("must list at least %1 items").arg(s.value(QLatin1String("minItems")).toInt())});
    if (s.contains(QLatin1String("maxItems")) && a.size() > s.value(QLatin1String("maxItems")).toInt())
        out->append({FieldViolation::Kind::Length, path,
                     QStringLiteral("must list at most %1 items").arg(s.value(QLatin1String("maxItems")).toInt())});
    const QJsonObject items = s.value(QLatin1String("items")).toObject();
    if (items.isEmpty()) return;
    for (int i = 0; i < a.size(); ++i) {
        QSet<QString> fresh;
        check(a[i], items, QStringLiteral("%1[%2]").arg(path).arg(i), true, fresh, out);
    }
}

// Properties, required names and openness of an object schema with its allOf parts.
void SchemaChecker::collectProperties(const QJsonObject &schemaIn, QHash<QString, QList<QJsonObject>> *props,
                                      bool *open) const
{
    const QJsonObject s = resolve(schemaIn);
    const QJsonObject own = s.value(QLatin1String("properties")).toObject();
    for (auto it = own.begin(); it != own.end(); ++it) (*props)[it.key()].append(it.value().toObject());
    const QJsonValue extra = s.value(QLatin1String("additionalProperties"));
    if (extra.isBool() ? extra.toBool() : extra.isObject()) *open = true;
    for (const auto &sub : s.value(QLatin1String("allOf")).toArray()) collectProperties(sub.toObject(), props, open);
}

void SchemaChecker::checkObject(const QJsonObject &value, const QJsonObject &s, const QString &path, bool closed,
                                QList<FieldViolation> *out) const
{
    QHash<QString, QList<QJsonObject>> props;
    bool open = false;
    collectProperties(s, &props, &open);
    QStringList required;
    std::function<void(const QJsonObject &)> gather = [&](const QJsonObject &in) {
        const QJsonObject r = resolve(in);
        for (const auto &n : r.value(QLatin1String("required")).toArray()) required << n.toString();
        for (const auto &sub : r.value(QLatin1String("allOf")).toArray()) gather(sub.toObject());
    };
    gather(s);
    required.removeDuplicates();
    for (const QString &name : std::as_const(required)) {
        if (value.contains(name)) continue;
        const QList<QJsonObject> ps = props.value(name);
        if (!ps.isEmpty() && readOnly(ps.first(), resolve(ps.first()))) continue;  // the server fills it
        out->append({FieldViolation::Kind::Missing, join(path, name), QStringLiteral("is required")});
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QList<QJsonObject> ps = props.value(it.key());
        if (ps.isEmpty()) {
            if (closed && !open)
                out->append({FieldViolation::Kind::Unknown, join(path, it.key()),
                             QStringLiteral("is not a field of this request")});
            continue;
        }
        if (std::any_of(ps.begin(), ps.end(), [this](const QJsonObject &p) { return readOnly(p, resolve(p)); }))
            continue;  // ignored, as Atlas does
        // A field declared by several allOf parts must satisfy each; one line per wrong thing.
        QList<FieldViolation> found;
        for (const QJsonObject &p : ps) {
            QSet<QString> fresh;
            check(it.value(), p, join(path, it.key()), true, fresh, &found);
        }
        for (const FieldViolation &v : std::as_const(found)) {
            const bool seen = std::any_of(out->begin(), out->end(), [&v](const FieldViolation &o) {
                return o.field == v.field && o.description == v.description;
            });
            if (!seen) out->append(v);
        }
    }
}

bool parseBody(const Call &call, const QString &operationId, QJsonObject *out, Reply *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Reply::error(
            400, QStringLiteral("INVALID_JSON"),
            call.body.trimmed().isEmpty() ? QStringLiteral("Received JSON is malformed: the request has no body.")
            : pe.error != QJsonParseError::NoError
                ? QStringLiteral("Received JSON is malformed: %1 at offset %2.").arg(pe.errorString()).arg(pe.offset)
                : QStringLiteral("Received JSON is malformed: the body must be a JSON object."));
        return false;
    }
    const SchemaChecker &checker = SchemaChecker::contract();
    const QJsonObject schema = checker.requestSchema(operationId, call.version);
    const QList<FieldViolation> found =
        schema.isEmpty() ? QList<FieldViolation>() : checker.check(doc.object(), schema);
    if (found.isEmpty()) {
        *out = doc.object();
        return true;
    }
    const FieldViolation &first = found.first();
    QString code, detail;
    switch (first.kind) {
    case FieldViolation::Kind::Unknown:
        code = QStringLiteral("INVALID_ATTRIBUTE");
        detail = QStringLiteral("Invalid attribute %1 specified.").arg(first.field);
        break;
    case FieldViolation::Kind::Missing:
        code = QStringLiteral("MISSING_ATTRIBUTE");
        detail = QStringLiteral("The required attribute %1 was not specified.").arg(first.field);
        break;
    case FieldViolation::Kind::Enum:
        code = QStringLiteral("INVALID_ENUM_VALUE");
        detail = QStringLiteral("An invalid enumeration value was specified for %1: %2.")
                     .arg(first.field, first.description);
        break;
    default:
        code = QStringLiteral("VALIDATION_ERROR");
        detail = QStringLiteral("Invalid value for %1: it %2.").arg(first.field, first.description);
        break;
    }
    if (found.size() > 1)
        detail += QStringLiteral(" %1 more field(s) are wrong: see badRequestDetail.").arg(found.size() - 1);
    QJsonArray fields;
    for (const FieldViolation &v : found)
        fields.append(QJsonObject{{QStringLiteral("field"), v.field}, {QStringLiteral("description"), v.description}});
    *error = Reply::error(400, code, detail, {}, fields);
    return false;
}

}  // namespace sandbox
